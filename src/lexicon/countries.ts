/**
 * Countries with their other names, demonyms and capitals, one line each:
 * `id|other names;demonyms;capital|other capital spellings`. Source: the UN member-state list
 * (names as English news copy writes them, AP style), with common short forms added (headline
 * abbreviations such as "N. Korea").
 * A capital stands for its government when it acts ("Moscow said") and for the city as a place.
 */
export const COUNTRY_LINES = `
Afghanistan;Afghan|Afghans;Kabul
Albania;Albanian|Albanians;Tirana
Algeria;Algerian|Algerians;Algiers
Andorra;Andorran;Andorra la Vella
Angola;Angolan|Angolans;Luanda
Argentina;Argentine|Argentinian|Argentines|Argentinians;Buenos Aires
Armenia;Armenian|Armenians;Yerevan
Australia;Australian|Australians;Canberra
Austria;Austrian|Austrians;Vienna
Azerbaijan;Azerbaijani|Azeri|Azerbaijanis|Azeris;Baku
Bahamas|The Bahamas;Bahamian|Bahamians;Nassau
Bahrain;Bahraini|Bahrainis;Manama
Bangladesh;Bangladeshi|Bangladeshis;Dhaka
Belarus;Belarusian|Belarusians;Minsk
Belgium;Belgian|Belgians;Brussels
Belize;Belizean;Belmopan
Benin;Beninese;Porto-Novo
Bhutan;Bhutanese;Thimphu
Bolivia;Bolivian|Bolivians;La Paz|Sucre
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnian|Bosnians;Sarajevo
Botswana;Botswanan;Gaborone
Brazil;Brazilian|Brazilians;Brasilia|Brasília
Brunei;Bruneian;Bandar Seri Begawan
Bulgaria;Bulgarian|Bulgarians;Sofia
Burkina Faso;Burkinabe;Ouagadougou
Burundi;Burundian|Burundians;Gitega
Cambodia;Cambodian|Cambodians;Phnom Penh
Cameroon;Cameroonian|Cameroonians;Yaounde|Yaoundé
Canada;Canadian|Canadians;Ottawa
Cape Verde|Cabo Verde;Cape Verdean;Praia
Central African Republic|CAR;Central African;Bangui
Chad;Chadian|Chadians;N'Djamena
Chile;Chilean|Chileans;Santiago
China|People's Republic of China|PRC;Chinese;Beijing
Colombia;Colombian|Colombians;Bogota|Bogotá
Comoros;Comorian;Moroni
Congo|Republic of Congo|Congo-Brazzaville;Congolese;Brazzaville
Democratic Republic of Congo|Democratic Republic of the Congo|DRC|DR Congo|Congo-Kinshasa;;Kinshasa
Costa Rica;Costa Rican|Costa Ricans;San Jose
Croatia;Croatian|Croat|Croatians|Croats;Zagreb
Cuba;Cuban|Cubans;Havana
Cyprus;Cypriot|Cypriots;Nicosia
Czech Republic|Czechia;Czech|Czechs;Prague
Denmark;Danish|Dane|Danes;Copenhagen
Djibouti;Djiboutian;Djibouti City
Dominican Republic;Dominican|Dominicans;Santo Domingo
Ecuador;Ecuadorian|Ecuadorians;Quito
Egypt;Egyptian|Egyptians;Cairo
El Salvador;Salvadoran|Salvadorans;San Salvador
Equatorial Guinea;Equatoguinean;Malabo
Eritrea;Eritrean|Eritreans;Asmara
Estonia;Estonian|Estonians;Tallinn
Eswatini|Swaziland;Swazi;Mbabane
Ethiopia;Ethiopian|Ethiopians;Addis Ababa
Fiji;Fijian|Fijians;Suva
Finland;Finnish|Finn|Finns;Helsinki
France|French Republic;French|Frenchman|Frenchwoman;Paris
Gabon;Gabonese;Libreville
Gambia|The Gambia;Gambian|Gambians;Banjul
Georgia;Georgian|Georgians;Tbilisi
Germany|Federal Republic of Germany;German|Germans;Berlin
Ghana;Ghanaian|Ghanaians;Accra
Greece;Greek|Greeks;Athens
Guatemala;Guatemalan|Guatemalans;Guatemala City
Guinea;Guinean|Guineans;Conakry
Guinea-Bissau;Bissau-Guinean;Bissau
Guyana;Guyanese;Georgetown
Haiti;Haitian|Haitians;Port-au-Prince
Honduras;Honduran|Hondurans;Tegucigalpa
Hungary;Hungarian|Hungarians;Budapest
Iceland;Icelandic|Icelander|Icelanders;Reykjavik
India;Indian|Indians;New Delhi|Delhi
Indonesia;Indonesian|Indonesians;Jakarta
Iran|Islamic Republic of Iran;Iranian|Iranians;Tehran
Iraq;Iraqi|Iraqis;Baghdad
Ireland|Republic of Ireland|Eire;Irish;Dublin
Israel;Israeli|Israelis;Jerusalem|Tel Aviv
Italy;Italian|Italians;Rome
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;Ivorian|Ivorians;Yamoussoukro|Abidjan
Jamaica;Jamaican|Jamaicans;Kingston
Japan;Japanese;Tokyo
Jordan;Jordanian|Jordanians;Amman
Kazakhstan;Kazakh|Kazakhs|Kazakhstani;Astana
Kenya;Kenyan|Kenyans;Nairobi
Kosovo;Kosovar|Kosovars;Pristina
Kuwait;Kuwaiti|Kuwaitis;Kuwait City
Kyrgyzstan;Kyrgyz;Bishkek
Laos;Laotian|Lao;Vientiane
Latvia;Latvian|Latvians;Riga
Lebanon;Lebanese;Beirut
Lesotho;Basotho;Maseru
Liberia;Liberian|Liberians;Monrovia
Libya;Libyan|Libyans;Tripoli
Liechtenstein;;Vaduz
Lithuania;Lithuanian|Lithuanians;Vilnius
Luxembourg;Luxembourgish|Luxembourger;Luxembourg City
Madagascar;Malagasy;Antananarivo
Malawi;Malawian|Malawians;Lilongwe
Malaysia;Malaysian|Malaysians;Kuala Lumpur
Maldives;Maldivian;Male
Mali;Malian|Malians;Bamako
Malta;Maltese;Valletta
Mauritania;Mauritanian|Mauritanians;Nouakchott
Mauritius;Mauritian;Port Louis
Mexico;Mexican|Mexicans;Mexico City
Moldova;Moldovan|Moldovans;Chisinau
Monaco;Monegasque;Monaco City
Mongolia;Mongolian|Mongolians;Ulaanbaatar|Ulan Bator
Montenegro;Montenegrin|Montenegrins;Podgorica
Morocco;Moroccan|Moroccans;Rabat
Mozambique;Mozambican|Mozambicans;Maputo
Myanmar|Burma;Burmese;Naypyidaw|Naypyitaw
Namibia;Namibian|Namibians;Windhoek
Nepal;Nepali|Nepalese;Kathmandu
Netherlands|The Netherlands|Holland;Dutch;Amsterdam|The Hague
New Zealand;New Zealander|New Zealanders|Kiwi;Wellington
Nicaragua;Nicaraguan|Nicaraguans;Managua
Niger;Nigerien|Nigeriens;Niamey
Nigeria;Nigerian|Nigerians;Abuja
North Korea|N. Korea|N Korea|DPRK|Democratic People's Republic of Korea;North Korean|North Koreans|N. Korean|N Korean;Pyongyang
North Macedonia|Macedonia;Macedonian|Macedonians;Skopje
Norway;Norwegian|Norwegians;Oslo
Oman;Omani|Omanis;Muscat
Pakistan;Pakistani|Pakistanis;Islamabad
Palestine|Palestinian territories|Palestinian Authority;Palestinian|Palestinians;Ramallah
Panama;Panamanian|Panamanians;Panama City
Papua New Guinea;Papua New Guinean;Port Moresby
Paraguay;Paraguayan|Paraguayans;Asuncion|Asunción
Peru;Peruvian|Peruvians;Lima
Philippines|The Philippines;Filipino|Filipinos|Philippine;Manila
Poland;Polish|Pole|Poles;Warsaw
Portugal;Portuguese;Lisbon
Qatar;Qatari|Qataris;Doha
Romania;Romanian|Romanians;Bucharest
Russia|Russian Federation;Russian|Russians;Moscow
Rwanda;Rwandan|Rwandans;Kigali
Saudi Arabia|Saudi|KSA;Saudi|Saudis|Saudi Arabian;Riyadh
Senegal;Senegalese;Dakar
Serbia;Serbian|Serb|Serbs|Serbians;Belgrade
Sierra Leone;Sierra Leonean;Freetown
Singapore;Singaporean|Singaporeans;Singapore City
Slovakia;Slovak|Slovaks|Slovakian;Bratislava
Slovenia;Slovenian|Slovene|Slovenians;Ljubljana
Somalia;Somali|Somalis;Mogadishu
South Africa;South African|South Africans;Pretoria|Cape Town
South Korea|S. Korea|S Korea|Republic of Korea|ROK;South Korean|South Koreans|S. Korean|S Korean;Seoul
South Sudan;South Sudanese;Juba
Spain;Spanish|Spaniard|Spaniards;Madrid
Sri Lanka;Sri Lankan|Sri Lankans;Colombo
Sudan;Sudanese;Khartoum
Suriname;Surinamese;Paramaribo
Sweden;Swedish|Swede|Swedes;Stockholm
Switzerland;Swiss;Bern|Berne
Syria|Syrian Arab Republic;Syrian|Syrians;Damascus
Taiwan;Taiwanese;Taipei
Tajikistan;Tajik|Tajiks;Dushanbe
Tanzania;Tanzanian|Tanzanians;Dodoma
Thailand;Thai|Thais;Bangkok
Togo;Togolese;Lome|Lomé
Trinidad and Tobago;Trinidadian;Port of Spain
Tunisia;Tunisian|Tunisians;Tunis
Turkey|Turkiye|Türkiye;Turkish|Turk|Turks;Ankara
Turkmenistan;Turkmen;Ashgabat
Uganda;Ugandan|Ugandans;Kampala
Ukraine;Ukrainian|Ukrainians;Kyiv|Kiev
United Arab Emirates|UAE|U.A.E.|Emirates;Emirati|Emiratis;Abu Dhabi
UK|U.K.|United Kingdom|Britain|Great Britain;British|Briton|Britons;London
US|U.S.|USA|U.S.A.|United States|United States of America|America;American|Americans;Washington|Washington DC|Washington D.C.
Uruguay;Uruguayan|Uruguayans;Montevideo
Uzbekistan;Uzbek|Uzbeks;Tashkent
Vatican|Holy See|Vatican City;;Vatican City
Venezuela;Venezuelan|Venezuelans;Caracas
Vietnam|Viet Nam;Vietnamese;Hanoi
Yemen;Yemeni|Yemenis;Sanaa|Sana'a
Zambia;Zambian|Zambians;Lusaka
Zimbabwe;Zimbabwean|Zimbabweans;Harare
`;

/**
 * Seats of government and institutions that stand for their country when they act ("the Kremlin
 * said"): `name;country id`. General knowledge of national institutions, not of any one story.
 */
export const GOVERNMENT_SEAT_LINES = `
Kremlin;Russia
White House;US
Pentagon;US
Defense Department|Department of Defense;US
State Department;US
Department of State;US
Capitol Hill;US
Downing Street;UK
Whitehall;UK
Foreign Office;UK
Elysee|Élysée|Elysee Palace;France
Quai d'Orsay;France
Chancellery;Germany
Zhongnanhai;China
Blue House;South Korea
`;
