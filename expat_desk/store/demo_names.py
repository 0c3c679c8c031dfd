"""The demo's names, places and weights: who the demo's clients are, where they work and stay,
and how often each service and outcome comes up."""

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.workflow import CaseStatus

Name = tuple[str, str]  # (Latin, Cyrillic)
# Families of names: male given names, female given names, surnames.
NAMES: dict[str, tuple[list[Name], list[Name], list[Name]]] = {
    "english": (
        [
            ("James", "Джеймс"),
            ("Oliver", "Оливер"),
            ("Michael", "Майкл"),
            ("David", "Дэвид"),
            ("Thomas", "Томас"),
            ("Daniel", "Дэниел"),
        ],
        [
            ("Emily", "Эмили"),
            ("Sarah", "Сара"),
            ("Laura", "Лора"),
            ("Anna", "Анна"),
            ("Olivia", "Оливия"),
            ("Grace", "Грейс"),
        ],
        [
            ("Smith", "Смит"),
            ("Johnson", "Джонсон"),
            ("Williams", "Уильямс"),
            ("Brown", "Браун"),
            ("Taylor", "Тейлор"),
            ("Walker", "Уокер"),
            ("Wright", "Райт"),
            ("Clarke", "Кларк"),
            ("O'Connor", "О'Коннор"),
            ("Miller", "Миллер"),
        ],
    ),
    "german": (
        [("Lukas", "Лукас"), ("Jonas", "Йонас"), ("Felix", "Феликс"), ("Matthias", "Маттиас")],
        [("Lena", "Лена"), ("Sophie", "Софи"), ("Katharina", "Катарина"), ("Julia", "Юлия")],
        [
            ("Müller", "Мюллер"),
            ("Schmidt", "Шмидт"),
            ("Schneider", "Шнайдер"),
            ("Fischer", "Фишер"),
            ("Weber", "Вебер"),
            ("Becker", "Беккер"),
        ],
    ),
    "romance": (
        [("Pierre", "Пьер"), ("Marco", "Марко"), ("Carlos", "Карлос"), ("Luca", "Лука")],
        [("Camille", "Камилла"), ("Giulia", "Джулия"), ("Lucía", "Лусия"), ("Chiara", "Кьяра")],
        [
            ("Dubois", "Дюбуа"),
            ("Moreau", "Моро"),
            ("Rossi", "Росси"),
            ("Bianchi", "Бьянки"),
            ("García", "Гарсия"),
            ("López", "Лопес"),
            ("Ferrari", "Феррари"),
        ],
    ),
    "chinese": (
        [("Wei", "Вэй"), ("Lei", "Лэй"), ("Jun", "Цзюнь"), ("Hao", "Хао")],
        [("Fang", "Фан"), ("Jing", "Цзин"), ("Mei", "Мэй"), ("Xiu", "Сю")],
        [("Wang", "Ван"), ("Li", "Ли"), ("Zhang", "Чжан"), ("Liu", "Лю"), ("Chen", "Чэнь")],
    ),
    "korean": (
        [("Minjun", "Минджун"), ("Jiho", "Джихо"), ("Hyun", "Хён")],
        [("Seoyeon", "Соён"), ("Jiwoo", "Джиу"), ("Hana", "Хана")],
        [("Kim", "Ким"), ("Lee", "Ли"), ("Park", "Пак"), ("Choi", "Чхве"), ("Jung", "Чон")],
    ),
    "japanese": (
        [("Haruto", "Харуто"), ("Kenji", "Кэндзи"), ("Takumi", "Такуми")],
        [("Yui", "Юи"), ("Aiko", "Айко"), ("Sakura", "Сакура")],
        [("Sato", "Сато"), ("Suzuki", "Судзуки"), ("Tanaka", "Танака"), ("Watanabe", "Ватанабэ")],
    ),
    "turkish": (
        [("Mehmet", "Мехмет"), ("Emre", "Эмре"), ("Burak", "Бурак")],
        [("Ayşe", "Айше"), ("Zeynep", "Зейнеп"), ("Elif", "Элиф")],
        [
            ("Yılmaz", "Йылмаз"),
            ("Kaya", "Кая"),
            ("Demir", "Демир"),
            ("Çelik", "Челик"),
            ("Şahin", "Шахин"),
        ],
    ),
    "indian": (
        [("Rahul", "Рахул"), ("Arjun", "Арджун"), ("Vikram", "Викрам")],
        [("Priya", "Прия"), ("Ananya", "Ананья"), ("Kavya", "Кавья")],
        [("Sharma", "Шарма"), ("Patel", "Патель"), ("Gupta", "Гупта"), ("Reddy", "Редди")],
    ),
    "arabic": (
        [("Omar", "Омар"), ("Khalid", "Халид"), ("Yusuf", "Юсуф")],
        [("Fatima", "Фатима"), ("Layla", "Лейла"), ("Noor", "Нур")],
        [("Al Mansouri", "Аль Мансури"), ("Haddad", "Хаддад"), ("Al Hashimi", "Аль Хашими")],
    ),
    # Surnames of these families take -a for women (Ivanov, Ivanova).
    "russian": (
        [("Aleksei", "Алексей"), ("Dmitrii", "Дмитрий"), ("Sergei", "Сергей"), ("Ivan", "Иван")],
        [("Olga", "Ольга"), ("Elena", "Елена"), ("Natalia", "Наталья"), ("Alena", "Алёна")],
        [
            ("Ivanov", "Иванов"),
            ("Smirnov", "Смирнов"),
            ("Kuznetsov", "Кузнецов"),
            ("Popov", "Попов"),
            ("Sokolov", "Соколов"),
        ],
    ),
    "central_asian": (
        [("Aziz", "Азиз"), ("Sardor", "Сардор"), ("Aibek", "Айбек"), ("Timur", "Тимур")],
        [("Dilnoza", "Дильноза"), ("Malika", "Малика"), ("Aizada", "Айзада"), ("Nigora", "Нигора")],
        [
            ("Karimov", "Каримов"),
            ("Rakhimov", "Рахимов"),
            ("Yusupov", "Юсупов"),
            ("Asanov", "Асанов"),
            ("Bakirov", "Бакиров"),
        ],
    ),
    "kazakh": (
        [("Yerlan", "Ерлан"), ("Nurlan", "Нұрлан"), ("Askar", "Асқар"), ("Daulet", "Дәулет")],
        [("Aigerim", "Айгерім"), ("Aruzhan", "Аружан"), ("Dana", "Дана"), ("Gulnur", "Гүлнұр")],
        [
            ("Kassymov", "Қасымов"),
            ("Nurlanov", "Нұрланов"),
            ("Seitkaliyev", "Сейітқалиев"),
            ("Zhakupov", "Жақыпов"),
            ("Omarov", "Омаров"),
        ],
    ),
}
GENDERED = {"russian", "central_asian", "kazakh"}
# Citizenship: (family of names, weight, share with a Cyrillic spelling on file).
# Patronymics, male and female, where passports and ID cards of the family write one.
PATRONYMICS: dict[str, tuple[list[str], list[str]]] = {
    "russian": (
        ["Иванович", "Сергеевич", "Андреевич", "Дмитриевич"],
        ["Ивановна", "Сергеевна", "Андреевна", "Дмитриевна"],
    ),
    "central_asian": (
        ["Рустамович", "Бахтиёрович", "Алишерович"],
        ["Рустамовна", "Бахтиёровна", "Алишеровна"],
    ),
    "kazakh": (["Нұрланұлы", "Ерланұлы", "Асқарұлы"], ["Нұрланқызы", "Ерланқызы", "Асқарқызы"]),
}
# Who issues the passports, as their pages print it; others: the foreign ministry.
AUTHORITIES = {
    "GBR": "HM Passport Office",
    "USA": "U.S. Department of State",
    "DEU": "Bundesrepublik Deutschland",
    "FRA": "Préfecture",
    "RUS": "МВД России",
    "KAZ": "МВД РК",
}
CITIZENSHIPS: dict[str, tuple[str, int, float]] = {
    "GBR": ("english", 10, 0.4),
    "USA": ("english", 9, 0.4),
    "CAN": ("english", 3, 0.3),
    "AUS": ("english", 2, 0.3),
    "DEU": ("german", 7, 0.5),
    "AUT": ("german", 2, 0.5),
    "FRA": ("romance", 4, 0.4),
    "ITA": ("romance", 4, 0.4),
    "ESP": ("romance", 3, 0.4),
    "CHN": ("chinese", 8, 0.6),
    "KOR": ("korean", 6, 0.7),
    "JPN": ("japanese", 3, 0.5),
    "TUR": ("turkish", 7, 0.6),
    "IND": ("indian", 5, 0.4),
    "ARE": ("arabic", 3, 0.4),
    "RUS": ("russian", 9, 1.0),
    "UZB": ("central_asian", 6, 1.0),
    "KGZ": ("central_asian", 4, 1.0),
    "KAZ": ("kazakh", 3, 1.0),
}
EMPLOYERS = (
    "Astana Hub Ventures LLP",
    "Caspian Energy Consulting",
    "Steppe Capital Partners",
    "Nomad Fintech Ltd",
    "Eurasia Legal Services LLP",
    "Baiterek Advisory",
    "Silk Road Logistics",
    "Qazaq Green Power",
    "Altyn Dala Asset Management",
    "Esil River Engineering",
    "AIFC Court",
    "Tengri Analytics",
)
STREETS = (
    "Mangilik El Ave",
    "Kabanbay Batyr Ave",
    "Turan Ave",
    "Syganak St",
    "Dostyk St",
    "Kunayev St",
    "Respublika Ave",
    "Saraishyk St",
)
# Where a client stays when the employer is not the host: hotels, a landlord, an employer.
HOSTS = (
    "Nomad Fintech Ltd",
    "Hilton Astana",
    "Rixos President Astana",
    "Astana Hub Ventures LLP",
    "Ivanov Sergei Petrovich",
)
# The host party records: every employer and hotel a legal entity with a BIN of the right
# structure (registered in 2005-2021 as resident legal entities), and a private landlord.
DEMO_HOSTS: tuple[dict[str, str], ...] = (
    {
        "kind": "legal",
        "name": "Astana Hub Ventures LLP",
        "id_number": "130440000013",
        "address": "Astana, Mangilik El Ave 55/20",
        "phone": "+77172000000",
        "signatory": "Ахметов Нурлан Каримович",
        "position": "директор",
    },
    {
        "kind": "legal",
        "name": "Caspian Energy Consulting",
        "id_number": "150540000027",
        "address": "Astana, Kabanbay Batyr Ave 11",
        "phone": "+77172001371",
        "signatory": "Smith John",
        "position": "managing director",
    },
    {
        "kind": "legal",
        "name": "Steppe Capital Partners",
        "id_number": "091240000035",
        "address": "Astana, Turan Ave 37",
        "phone": "+77172002742",
        "signatory": "Сейткали Айгуль Маратовна",
        "position": "генеральный директор",
    },
    {
        "kind": "legal",
        "name": "Nomad Fintech Ltd",
        "id_number": "180840000043",
        "address": "Astana, Syganak St 17",
        "phone": "+77172003113",
        "signatory": "Омаров Данияр Ерланович",
        "position": "директор",
    },
    {
        "kind": "legal",
        "name": "Eurasia Legal Services LLP",
        "id_number": "120540000051",
        "address": "Astana, Dostyk St 5",
        "phone": "+77172004485",
        "signatory": "Петрова Елена Сергеевна",
        "position": "директор",
    },
    {
        "kind": "legal",
        "name": "Baiterek Advisory",
        "id_number": "170340000063",
        "address": "Astana, Kunayev St 12",
        "phone": "+77172005856",
        "signatory": "Жумабаев Асхат Болатович",
        "position": "председатель правления",
    },
    {
        "kind": "legal",
        "name": "Silk Road Logistics",
        "id_number": "110640000073",
        "address": "Astana, Respublika Ave 24",
        "phone": "+77172006227",
        "signatory": "Ли Виктор Александрович",
        "position": "директор",
    },
    {
        "kind": "legal",
        "name": "Qazaq Green Power",
        "id_number": "190140000081",
        "address": "Astana, Saraishyk St 34",
        "phone": "+77172007599",
        "signatory": "Нурпеисова Динара Ахметовна",
        "position": "генеральный директор",
    },
    {
        "kind": "legal",
        "name": "Altyn Dala Asset Management",
        "id_number": "201040000093",
        "address": "Astana, Mangilik El Ave 8",
        "phone": "+77172008960",
        "signatory": "Müller Thomas",
        "position": "director",
    },
    {
        "kind": "legal",
        "name": "Esil River Engineering",
        "id_number": "140240000103",
        "address": "Astana, Kabanbay Batyr Ave 53",
        "phone": "+77172009331",
        "signatory": "Абдрахманова Сауле Нурлановна",
        "position": "директор",
    },
    {
        "kind": "legal",
        "name": "AIFC Court",
        "id_number": "160940000112",
        "address": "Astana, Mangilik El Ave 55/17",
        "phone": "+77172010703",
        "signatory": "Касымов Ерлан Серикович",
        "position": "руководитель аппарата",
    },
    {
        "kind": "legal",
        "name": "Tengri Analytics",
        "id_number": "210340000122",
        "address": "Astana, Turan Ave 18",
        "phone": "+77172011074",
        "signatory": "Tan Wei",
        "position": "director",
    },
    {
        "kind": "legal",
        "name": "Hilton Astana",
        "id_number": "050640000139",
        "address": "Astana, Sarayshyk St 46",
        "phone": "+77172012445",
        "signatory": "Иванова Ольга Петровна",
        "position": "генеральный менеджер",
    },
    {
        "kind": "legal",
        "name": "Rixos President Astana",
        "id_number": "101140000145",
        "address": "Astana, Kunayev St 1",
        "phone": "+77172013816",
        "signatory": "Байжанов Марат Серикович",
        "position": "управляющий",
    },
    {
        "kind": "natural",
        "name": "Ivanov Sergei Petrovich",
        "id_number": "850315300019",
        "address": "Astana, Kenesary St 40, apt 12",
        "phone": "+77015550142",
    },
)
PLACES = (
    "Khan Shatyr mall, Astana",
    "Astana International Airport",
    "Nurzhol Boulevard, Astana",
    "Taxi from the railway station, Astana",
)
SERVICE_WEIGHTS = {
    ServiceCode.IIN: 5,
    ServiceCode.EDS: 3,
    ServiceCode.MIGRATION_NOTIFICATION: 4,
    ServiceCode.POLICE_REGISTRATION: 2,
    ServiceCode.LOSS_OF_PASSPORT: 1,
}
STATUS_WEIGHTS = {
    CaseStatus.OPEN: 4,
    CaseStatus.SUBMITTED: 2,
    CaseStatus.COMPLETED: 5,
    CaseStatus.CANCELLED: 1,
    CaseStatus.REFUSED: 1,
}
# Reasons a state body gives, as a manager records them.
REFUSALS = (
    "Passport translation not notarized",
    "Host party's BIN does not match the registry",
    "Applicant must apply in person",
    "Employment contract term does not cover the stay",
    "Photo of the passport page illegible",
)
