//! A compact gazetteer: countries, US states, capitals and major cities, regions, and the
//! demonyms of the countries most in the news. Entries are matched as whole tokens, with their
//! capitals ("Turkey" is a place, "turkey" is not); multi-word entries match token by token.

use std::sync::LazyLock;

use super::words::{FxHashMap, WordSet};

const COUNTRIES: &str = "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Puerto Rico|Hong Kong|Macau|Gaza|Gaza Strip|West Bank|Crimea|Donbas|Kashmir|Tibet|Xinjiang|Chechnya";

const US_STATES: &str = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D.C.|DC|District of Columbia";

const CITIES: &str = "Abu Dhabi|Abuja|Accra|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Austin|Baghdad|Baltimore|Bangkok|Barcelona|Basra|Beijing|Beirut|Belgrade|Berlin|Bogota|Bogotá|Boston|Brasilia|Brasília|Bratislava|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calgary|Canberra|Cape Town|Caracas|Casablanca|Chicago|Chihuahua|Ciudad Juarez|Ciudad Juárez|Copenhagen|Culiacan|Culiacán|Dakar|Dallas|Damascus|Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Edinburgh|El Paso|Frankfurt|Geneva|Glasgow|Guadalajara|Hamburg|Hanoi|Havana|Helsinki|Hiroshima|Ho Chi Minh City|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kyiv|Kiev|Kharkiv|Kinshasa|Kuala Lumpur|Lagos|Lahore|Las Vegas|Lima|Lisbon|Ljubljana|London|Los Angeles|Luanda|Lyon|Madrid|Managua|Manchester|Manila|Marseille|Melbourne|Mexico City|Miami|Milan|Minneapolis|Minsk|Mogadishu|Monterrey|Montreal|Moscow|Mumbai|Munich|Nairobi|Naples|New Delhi|New Orleans|Nogales|Odesa|Odessa|Oslo|Ottawa|Panama City|Paris|Philadelphia|Phoenix|Pittsburgh|Port-au-Prince|Prague|Pretoria|Pyongyang|Quito|Rabat|Ramallah|Riga|Rio de Janeiro|Riyadh|Rome|Rotterdam|San Antonio|San Diego|San Francisco|San Jose|San Juan|Santiago|Sao Paulo|São Paulo|Sarajevo|Seattle|Seoul|Shanghai|Sinaloa|Singapore|Sofia|St. Petersburg|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Tel Aviv|Tijuana|Tokyo|Toronto|Tripoli|Tunis|Vancouver|Vienna|Vilnius|Warsaw|Wellington|Yerevan|Zagreb|Zurich|Jalisco|Michoacan|Michoacán|Sonora|Tamaulipas|Guerrero|Oaxaca|Chiapas|Baja California|Quebec|Ontario|British Columbia|Alberta|Bavaria|Catalonia|Siberia|Punjab|Kerala|Gujarat";

const REGIONS: &str = "Africa|Asia|Europe|Antarctica|Arctic|Oceania|North America|South America|Latin America|Central America|Middle East|Near East|Far East|Southeast Asia|South Asia|Central Asia|East Asia|Eastern Europe|Western Europe|Balkans|Baltics|Caribbean|Mediterranean|Sahel|Sahara|Scandinavia|Gulf|Persian Gulf|Gulf of Mexico|Pacific|Atlantic|Indian Ocean|Black Sea|Red Sea|South China Sea|Horn of Africa|Midwest|Silicon Valley|Wall Street|Rust Belt|Sun Belt|Appalachia|Patagonia|Amazon|Andes|Himalayas|Alps|Rio Grande|Korean Peninsula|Levant|Maghreb|Eurozone";

const DEMONYMS: &str = "Afghan|African|Albanian|Algerian|American|Americans|Arab|Argentine|Argentinian|Armenian|Asian|Australian|Austrian|Bangladeshi|Belgian|Bolivian|Brazilian|British|Britons|Bulgarian|Burmese|Canadian|Chilean|Chinese|Colombian|Croatian|Cuban|Czech|Danish|Dutch|Ecuadorian|Egyptian|Emirati|English|Estonian|Ethiopian|European|Europeans|Filipino|Finnish|French|Georgian|German|Germans|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Israelis|Italian|Jamaican|Japanese|Jordanian|Kenyan|Korean|Kurdish|Kuwaiti|Latvian|Lebanese|Libyan|Lithuanian|Malaysian|Mexican|Mexicans|Moroccan|Nicaraguan|Nigerian|Norwegian|Pakistani|Palestinian|Palestinians|Panamanian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Russians|Rwandan|Salvadoran|Saudi|Scottish|Serbian|Somali|Spanish|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Thai|Turkish|Ugandan|Ukrainian|Ukrainians|Uruguayan|Venezuelan|Vietnamese|Welsh|Yemeni|Zimbabwean|Latino|Hispanic";

/// One-word places and demonyms.
static SINGLE: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(all_entries().filter(|entry| !entry.contains(' '))));

/// Multi-word places, keyed by their first word.
static MULTI: LazyLock<FxHashMap<&'static str, Vec<Vec<&'static str>>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&str, Vec<Vec<&str>>> = FxHashMap::default();
    for entry in all_entries().filter(|entry| entry.contains(' ')) {
        let words: Vec<&str> = entry.split(' ').collect();
        map.entry(words[0]).or_default().push(words);
    }
    // Longest first, so "United States of America" wins over "United States".
    for sequences in map.values_mut() {
        sequences.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
    map
});

fn all_entries() -> impl Iterator<Item = &'static str> {
    [COUNTRIES, US_STATES, CITIES, REGIONS, DEMONYMS]
        .into_iter()
        .flat_map(|list| list.split('|'))
}

/// True when `word` alone is a place or a demonym.
pub fn is_place_word(word: &str) -> bool {
    SINGLE.contains(word)
}

/// The number of words of the longest multi-word place starting at `words[0]`, if any.
pub fn multi_word_place<'a>(words: impl Fn(usize) -> Option<&'a str>) -> Option<usize> {
    let first = words(0)?;
    MULTI.get(first)?.iter().find_map(|sequence| {
        sequence
            .iter()
            .enumerate()
            .all(|(i, expected)| words(i) == Some(*expected))
            .then_some(sequence.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The place rule skips the lookup for words without a capital: every entry must have one.
    #[test]
    fn every_entry_starts_with_a_capital() {
        for entry in all_entries() {
            assert!(entry.starts_with(char::is_uppercase), "{entry}");
        }
    }

    #[test]
    fn single_and_multi_word_places() {
        assert!(is_place_word("Mexico"));
        assert!(is_place_word("U.S."));
        assert!(is_place_word("Mexican"));
        assert!(!is_place_word("mexico"));
        assert!(!is_place_word("Department"));
        let words = ["Mexico", "City", "police"];
        assert_eq!(multi_word_place(|i| words.get(i).copied()), Some(2));
        let words = ["United", "States", "of", "America"];
        assert_eq!(multi_word_place(|i| words.get(i).copied()), Some(4));
        let words = ["United", "Nations"];
        assert_eq!(multi_word_place(|i| words.get(i).copied()), None);
    }
}
