/**
 * Major cities that are not capitals (capitals are in `countries.ts`), `name|other spellings;country id`.
 * Source: world cities of over about a million people and the usual venues of diplomacy and
 * conflict reporting, as English news copy spells them.
 */
export const CITY_LINES = `
Geneva;Switzerland
Zurich|Zürich;Switzerland
Davos;Switzerland
Lausanne;Switzerland
Munich;Germany
Hamburg;Germany
Frankfurt;Germany
Cologne;Germany
Bonn;Germany
Milan;Italy
Naples;Italy
Venice;Italy
Florence;Italy
Barcelona;Spain
Marseille|Marseilles;France
Lyon;France
Strasbourg;France
Nice;France
Manchester;UK
Birmingham;UK
Glasgow;UK
Edinburgh;UK
Belfast;UK
Liverpool;UK
Rotterdam;Netherlands
Antwerp;Belgium
Istanbul;Turkey
Izmir;Turkey
Gaziantep;Turkey
St Petersburg|St. Petersburg|Saint Petersburg;Russia
Sochi;Russia
Novosibirsk;Russia
Kharkiv|Kharkov;Ukraine
Odesa|Odessa;Ukraine
Donetsk;Ukraine
Luhansk|Lugansk;Ukraine
Mariupol;Ukraine
Lviv;Ukraine
Aleppo;Syria
Homs;Syria
Hama;Syria
Idlib;Syria
Raqqa;Syria
Latakia;Syria
Deir ez-Zor|Deir ez Zor|Deir al-Zor;Syria
Daraa|Deraa;Syria
Hasakah|Hasaka;Syria
Azaz;Syria
Afrin;Syria
Kobani;Syria
Palmyra;Syria
Mosul;Iraq
Basra;Iraq
Erbil|Irbil;Iraq
Kirkuk;Iraq
Fallujah;Iraq
Ramadi;Iraq
Tikrit;Iraq
Benghazi;Libya
Misrata;Libya
Sirte;Libya
Alexandria;Egypt
Gaza|Gaza City;Palestine
Hebron;Palestine
Jenin;Palestine
Nablus;Palestine
Haifa;Israel
Aden;Yemen
Hodeidah;Yemen
Taiz;Yemen
Jeddah;Saudi Arabia
Mecca;Saudi Arabia
Medina;Saudi Arabia
Dubai;United Arab Emirates
Mashhad;Iran
Isfahan;Iran
Karachi;Pakistan
Lahore;Pakistan
Peshawar;Pakistan
Kandahar;Afghanistan
Herat;Afghanistan
Mumbai|Bombay;India
Kolkata|Calcutta;India
Chennai|Madras;India
Bangalore|Bengaluru;India
Shanghai;China
Hong Kong;China
Guangzhou;China
Shenzhen;China
Wuhan;China
Osaka;Japan
Busan;South Korea
Ho Chi Minh City|Saigon;Vietnam
Lagos;Nigeria
Kano;Nigeria
Johannesburg;South Africa
Durban;South Africa
Mombasa;Kenya
Goma;Democratic Republic of Congo
New York|New York City|NYC;US
Los Angeles;US
Chicago;US
Houston;US
San Francisco;US
Miami;US
Boston;US
Seattle;US
Atlanta;US
Dallas;US
Philadelphia;US
Detroit;US
Toronto;Canada
Montreal;Canada
Vancouver;Canada
Sydney;Australia
Melbourne;Australia
Sao Paulo|São Paulo;Brazil
Rio de Janeiro;Brazil
Guadalajara;Mexico
Monterrey;Mexico
Medellin|Medellín;Colombia
Camp David;US
`;

/**
 * Regions, `name|other names;kind[;country]`: those larger than a country (source: the continental
 * and regional names of the UN geoscheme plus the blocs news copy names as actors, "the West"), and
 * the constituent countries of the United Kingdom, with the country they belong to (source: the
 * UK government's own usage, ISO 3166-2:GB).
 */
export const REGION_LINES = `
Europe;region
Middle East|Mideast;region
Africa;region
Asia;region
Latin America;region
North America;region
South America;region
Balkans|the Balkans;region
Caucasus|the Caucasus;region
Gulf|Persian Gulf|the Gulf;region
Sahel;region
Horn of Africa;region
Central Asia;region
Southeast Asia;region
Scandinavia;region
West|the West;group
England;region;UK
Scotland;region;UK
Wales;region;UK
Northern Ireland;region;UK
`;
