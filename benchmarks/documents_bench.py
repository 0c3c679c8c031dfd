"""Documents per second: 1,000 generations of a consent plus a power of attorney.

Prints figures; asserts nothing.

    python benchmarks/documents_bench.py [--pairs 1000] [--lang ru,en]

"laid out" is filling and laying out the PDF in memory; "generated" is the whole path a
manager's click takes: checks, layout, the file written and fsynced, the record committed.
"""

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from expat_desk.documents.generate import generate, prepare, render
from expat_desk.store import Store

ATTORNEY_RECORD = {
    "full_name": "Nurlanova Aigerim",
    "document_kind": "kz_id_card",
    "document_number": "043215678",
    "document_issued": date(2020, 5, 1),
    "document_authority": "МВД РК",
    "resident": True,
    "iin": "900115300013",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--lang", default="ru,en")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3", today=lambda: date(2026, 11, 26))
        store.set_centre_details(
            {"name": "AIFC Expat Centre", "bin": "160840012340", "address": "Astana"}
        )
        client, _ = store.add_client(
            {
                "surname": "Smith",
                "given_names": "John",
                "surname_cyr": "Смит",
                "given_names_cyr": "Джон",
                "birth_date": date(1985, 3, 14),
                "sex": "M",
                "citizenship": "GBR",
                "passport_number": "GB1234567",
                "passport_issued": date(2021, 3, 9),
                "passport_authority": "HM Passport Office",
                "address": "Kunayev St 19, Astana",
            }
        )
        case = store.open_case(client.id, "iin", {"representative": True})
        attorney = {"attorney_id": store.add_attorney(ATTORNEY_RECORD).id}

        start = time.perf_counter()
        render(prepare(store, case.id, "consent", args.lang))
        print(f"first document (fonts loaded)      {time.perf_counter() - start:8.3f} s")

        start = time.perf_counter()
        size = 0
        for _ in range(args.pairs):
            size += len(render(prepare(store, case.id, "consent", args.lang)))
            size += len(render(prepare(store, case.id, "power-of-attorney", args.lang, attorney)))
        laid_out = time.perf_counter() - start
        count = 2 * args.pairs
        print(
            f"laid out  {count} documents ({args.lang})   {laid_out:8.2f} s   "
            f"{count / laid_out:6.1f} documents/s   {size / count / 1024:5.1f} KiB each"
        )

        start = time.perf_counter()
        for _ in range(args.pairs):
            generate(store, case.id, "consent", args.lang)
            generate(store, case.id, "power-of-attorney", args.lang, attorney)
        generated = time.perf_counter() - start
        print(
            f"generated {count} documents, filed     {generated:8.2f} s   "
            f"{count / generated:6.1f} documents/s"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory                        {peak:8.1f} MiB")
        store.close()


if __name__ == "__main__":
    main()
