/**
 * International organizations, armed groups, news agencies and events with their other names,
 * `id|other names;kind`. Source: the names and acronyms English news copy uses for them (AP
 * Stylebook forms and transliterations in common use). Kinds: organization, group, event.
 */
export const NAMED_ENTITY_LINES = `
UN|U.N.|United Nations;organization
UN Security Council|U.N. Security Council|Security Council|UNSC;organization
EU|E.U.|European Union;organization
European Commission;organization
NATO|Nato|North Atlantic Treaty Organization;organization
Arab League;organization
African Union|AU;organization
OPEC;organization
OSCE;organization
G7|G-7|Group of Seven;organization
G20|G-20|Group of 20;organization
IMF|International Monetary Fund;organization
World Bank;organization
WHO|World Health Organization;organization
UNHCR|UN refugee agency;organization
UNICEF;organization
Red Cross|ICRC|International Committee of the Red Cross;organization
Red Crescent|Syrian Arab Red Crescent;organization
Amnesty International;organization
Human Rights Watch|HRW;organization
Doctors Without Borders|MSF|Medecins Sans Frontieres;organization
International Criminal Court|ICC;organization
International Atomic Energy Agency|IAEA;organization
Islamic State|IS|ISIS|ISIL|Daesh|Islamic State group|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria;group
Al-Qaeda|al-Qaeda|Al Qaeda|al Qaeda|Al-Qaida;group
Nusra Front|al-Nusra Front|Al-Nusra|Jabhat al-Nusra;group
Taliban;group
Hamas;group
Hezbollah|Hizbollah|Hizbullah;group
Houthis|Houthi|Ansar Allah;group
Boko Haram;group
Al-Shabab|al-Shabaab|Al Shabaab;group
Free Syrian Army|FSA|Free Syria Army;group
Kurdistan Workers' Party|PKK;group
YPG|People's Protection Units;group
Syrian Democratic Forces|SDF;group
Associated Press|AP;organization
Reuters;organization
Agence France-Presse|AFP;organization
TASS|ITAR-TASS;organization
RIA Novosti;organization
Xinhua;organization
Anadolu|Anadolu Agency;organization
Al Jazeera|Al-Jazeera;organization
BBC;organization
CNN;organization
RT;organization
World War II|Second World War|WWII|WW2|World War Two;event
World War I|First World War|WWI|WW1|World War One|Great War;event
Cold War;event
Arab Spring;event
`;
