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
HOSTS = (
    "Nomad Fintech Ltd",
    "Hilton Astana",
    "Rixos President Astana",
    "Astana Hub Ventures LLP",
    "Ivanov Sergei Petrovich (private host)",
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
