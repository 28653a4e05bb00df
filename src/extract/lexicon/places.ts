/**
 * Countries: "Name|alias|...:ISO:demonym|demonym:capital|capital".
 * Used to type claimants ("he" is not a country) and to give reviewers a country code.
 */
export const COUNTRY_TABLE = `
Afghanistan:AF:Afghan:Kabul
Albania:AL:Albanian:Tirana
Algeria:DZ:Algerian:Algiers
Angola:AO:Angolan:Luanda
Argentina:AR:Argentine|Argentinian:Buenos Aires
Armenia:AM:Armenian:Yerevan
Australia:AU:Australian:Canberra
Austria:AT:Austrian:Vienna
Azerbaijan:AZ:Azerbaijani|Azeri:Baku
Bahrain:BH:Bahraini:Manama
Bangladesh:BD:Bangladeshi:Dhaka
Belarus:BY:Belarusian:Minsk
Belgium:BE:Belgian:Brussels
Bolivia:BO:Bolivian:La Paz
Bosnia|Bosnia and Herzegovina:BA:Bosnian:Sarajevo
Brazil:BR:Brazilian:Brasília|Brasilia
Bulgaria:BG:Bulgarian:Sofia
Cambodia:KH:Cambodian:Phnom Penh
Cameroon:CM:Cameroonian:Yaoundé
Canada:CA:Canadian:Ottawa
Chad:TD:Chadian:N'Djamena
Chile:CL:Chilean:Santiago
China:CN:Chinese:Beijing
Colombia:CO:Colombian:Bogotá|Bogota
Congo|DR Congo|Democratic Republic of Congo:CD:Congolese:Kinshasa
Croatia:HR:Croatian:Zagreb
Cuba:CU:Cuban:Havana
Cyprus:CY:Cypriot:Nicosia
Czech Republic|Czechia:CZ:Czech:Prague
Denmark:DK:Danish:Copenhagen
Ecuador:EC:Ecuadorian:Quito
Egypt:EG:Egyptian:Cairo
Estonia:EE:Estonian:Tallinn
Ethiopia:ET:Ethiopian:Addis Ababa
Finland:FI:Finnish:Helsinki
France:FR:French:Paris
Georgia:GE:Georgian:Tbilisi
Germany:DE:German:Berlin
Ghana:GH:Ghanaian:Accra
Greece:GR:Greek:Athens
Hungary:HU:Hungarian:Budapest
Iceland:IS:Icelandic:Reykjavik
India:IN:Indian:New Delhi
Indonesia:ID:Indonesian:Jakarta
Iran:IR:Iranian:Tehran
Iraq:IQ:Iraqi:Baghdad
Ireland:IE:Irish:Dublin
Israel:IL:Israeli:Jerusalem
Italy:IT:Italian:Rome
Japan:JP:Japanese:Tokyo
Jordan:JO:Jordanian:Amman
Kazakhstan:KZ:Kazakh:Astana
Kenya:KE:Kenyan:Nairobi
Kosovo:XK:Kosovar:Pristina
Kuwait:KW:Kuwaiti:Kuwait City
Latvia:LV:Latvian:Riga
Lebanon:LB:Lebanese:Beirut
Libya:LY:Libyan:Tripoli
Lithuania:LT:Lithuanian:Vilnius
Malaysia:MY:Malaysian:Kuala Lumpur
Mali:ML:Malian:Bamako
Mexico:MX:Mexican:Mexico City
Moldova:MD:Moldovan:Chisinau
Morocco:MA:Moroccan:Rabat
Myanmar|Burma:MM:Myanmar|Burmese:Naypyidaw
Nepal:NP:Nepali|Nepalese:Kathmandu
Netherlands|Holland:NL:Dutch:Amsterdam|The Hague
New Zealand:NZ:New Zealand:Wellington
Niger:NE:Nigerien:Niamey
Nigeria:NG:Nigerian:Abuja
North Korea:KP:North Korean:Pyongyang
Norway:NO:Norwegian:Oslo
Oman:OM:Omani:Muscat
Pakistan:PK:Pakistani:Islamabad
Palestine|Palestinian Territories:PS:Palestinian:Ramallah
Peru:PE:Peruvian:Lima
Philippines:PH:Philippine|Filipino:Manila
Poland:PL:Polish:Warsaw
Portugal:PT:Portuguese:Lisbon
Qatar:QA:Qatari:Doha
Romania:RO:Romanian:Bucharest
Russia|Russian Federation:RU:Russian:Moscow|Kremlin
Rwanda:RW:Rwandan:Kigali
Saudi Arabia:SA:Saudi:Riyadh
Senegal:SN:Senegalese:Dakar
Serbia:RS:Serbian:Belgrade
Singapore:SG:Singaporean:Singapore
Slovakia:SK:Slovak:Bratislava
Slovenia:SI:Slovenian:Ljubljana
Somalia:SO:Somali:Mogadishu
South Africa:ZA:South African:Pretoria|Johannesburg
South Korea|Korea:KR:South Korean|Korean:Seoul
South Sudan:SS:South Sudanese:Juba
Spain:ES:Spanish:Madrid
Sri Lanka:LK:Sri Lankan:Colombo
Sudan:SD:Sudanese:Khartoum
Sweden:SE:Swedish:Stockholm
Switzerland:CH:Swiss:Bern|Geneva
Syria:SY:Syrian:Damascus
Taiwan:TW:Taiwanese:Taipei
Tajikistan:TJ:Tajik:Dushanbe
Tanzania:TZ:Tanzanian:Dodoma
Thailand:TH:Thai:Bangkok
Tunisia:TN:Tunisian:Tunis
Turkey|Türkiye|Turkiye:TR:Turkish:Ankara
Uganda:UG:Ugandan:Kampala
Ukraine:UA:Ukrainian:Kyiv|Kiev
United Arab Emirates|UAE:AE:Emirati:Abu Dhabi
United Kingdom|UK|U.K.|Britain|Great Britain:GB:British:London|Downing Street|Whitehall
United States|US|U.S.|USA|America:US:American|U.S.:Washington|White House|Pentagon
Uruguay:UY:Uruguayan:Montevideo
Uzbekistan:UZ:Uzbek:Tashkent
Venezuela:VE:Venezuelan:Caracas
Vietnam|Viet Nam:VN:Vietnamese:Hanoi
Yemen:YE:Yemeni:Sanaa
Zambia:ZM:Zambian:Lusaka
Zimbabwe:ZW:Zimbabwean:Harare
`;

/** Region adjectives before a place ("in northern Kenya"). */
export const REGION_ADJECTIVES = "central northern southern eastern western";

/** Nationality nouns for a person just quoted ("the Swede said", "the Brazilian added"). */
export const DEMONYM_NOUNS = `
  Swede Dane Finn Pole Turk Scot Briton Spaniard Frenchman Frenchwoman Dutchman Dutchwoman
  Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Scotsman Scotswoman Kiwi
  Brazilian Argentine Argentinian German Italian Norwegian Portuguese Mexican Colombian Chilean
  Peruvian Uruguayan Nigerian Ghanaian Senegalese Cameroonian Egyptian Moroccan Algerian Japanese
  Korean Chinese Australian American Canadian Belgian Swiss Austrian Croatian Serbian Greek
  Russian Ukrainian
`;
