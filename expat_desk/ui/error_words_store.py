"""The refusals of the database, its backups and the workload exports, in English and marked
for translation (error_words says them in the window's language)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORE_SENTENCES = {
    # Encrypted backups and the second backup folder (store.backup_crypto_errors).
    "backup.weak_passphrase": QT_TRANSLATE_NOOP(
        "DomainErrors", "the passphrase must have at least {count} characters, not all the same"
    ),
    "backup.no_encryption": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "encryption of backups is not set up: turn it on in Settings → Backups first",
    ),
    "backup.wrong_passphrase": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: the passphrase is wrong, the backup is not opened"
    ),
    "backup.tampered": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{path}: the encrypted backup was altered or cut short; nothing of it is used",
    ),
    "backup.needs_passphrase": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is encrypted: give its passphrase to restore it"
    ),
    "backup.second_folder_unusable": QT_TRANSLATE_NOOP(
        "DomainErrors", "the second backup folder {path} cannot be written: {detail}"
    ),
    "backup.bad_target": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot write {path}: give a file name in an existing folder"
    ),
    "backup.cannot_copy": QT_TRANSLATE_NOOP("DomainErrors", "cannot back up {path}: {detail}"),
    "backup.cannot_read": QT_TRANSLATE_NOOP("DomainErrors", "cannot read {path}: {detail}"),
    "backup.cannot_start": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot write a backup of {path}: {detail}"
    ),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot write the backup {path}: {detail}"
    ),
    "backup.database_damaged": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: the database is damaged ({detail})"
    ),
    "backup.foreign_member": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: {name} is not a file a backup of ours holds"
    ),
    "backup.manifest_mismatch": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: the files do not match its manifest"
    ),
    "backup.member_altered": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: {name} was altered or damaged"
    ),
    "backup.member_too_large": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: {name} is too large for a backup of ours"
    ),
    "backup.no_database": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} does not exist: nothing to back up"
    ),
    "backup.no_manifest": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is not a backup of Expat Desk (no valid manifest)"
    ),
    "backup.not_ours": QT_TRANSLATE_NOOP("DomainErrors", "{path} is not an Expat Desk database"),
    "backup.not_zip": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is not a backup of Expat Desk (not a zip archive)"
    ),
    "backup.restore_failed": QT_TRANSLATE_NOOP(
        "DomainErrors", "the restore from {path} did not complete, nothing of it was kept: {detail}"
    ),
    "backup.journal_unreadable": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} names a restore cut short but cannot be read; nothing was changed"
    ),
    "backup.no_space": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "too little free space in {folder}: the backup needs {needed} MiB, {free} MiB free",
    ),
    "backup.restore_under_way": QT_TRANSLATE_NOOP(
        "DomainErrors", "a restore of {path} is under way; try again when it has finished"
    ),
    "backup.schema_changed": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: the {kind} {name} is not the one this app makes"
    ),
    "backup.schema_missing": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: the database lacks the {kind} {name} this app makes"
    ),
    "backup.schema_not_upgradable": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: its schema {revision} cannot be brought up to date"
    ),
    "backup.schema_unexpected": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: the database holds an unexpected {kind} {name}"
    ),
    "backup.size_mismatch": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path}: {name} is not the size its manifest declares"
    ),
    "backup.total_too_large": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{path} would unpack to more than {limit} GiB: too large for a backup of ours",
    ),
    "database.cannot_open": QT_TRANSLATE_NOOP("DomainErrors", "cannot open {path}: {detail}"),
    "database.cannot_use": QT_TRANSLATE_NOOP("DomainErrors", "cannot use {path}: {detail}"),
    "database.damaged": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is not an Expat Desk database or is damaged ({detail})"
    ),
    "database.foreign": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{path} is a database of another program, not of Expat Desk; it was left unchanged",
    ),
    "database.in_use": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{path} is already open in another Expat Desk window; switch to that window, or close "
        "it and try again",
    ),
    "database.in_use_by": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{path} is already open in another Expat Desk window (process {pid} on {host}, since "
        "{since}); switch to that window, or close it and try again",
    ),
    "database.is_folder": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is a folder, not a database file"
    ),
    "database.locked": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is locked by another program; close it and try again"
    ),
    "database.missing": QT_TRANSLATE_NOOP("DomainErrors", "{path} does not exist"),
    "database.newer": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} was made by a newer Expat Desk (schema {revision}); update the app"
    ),
    "database.no_folder": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot create {path}: folder {folder} does not exist"
    ),
    "database.upgrade_breaks": QT_TRANSLATE_NOOP(
        "DomainErrors", "the upgrade would break a reference: {detail}"
    ),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "DomainErrors", "demo data goes only into an empty database; this one has clients"
    ),
    "file.cannot_check": QT_TRANSLATE_NOOP("DomainErrors", "cannot write {path}: {detail}"),
    "file.empty": QT_TRANSLATE_NOOP("DomainErrors", "{name} is empty"),
    "file.is_folder": QT_TRANSLATE_NOOP("DomainErrors", "{path} is a folder, not a file"),
    "file.is_link": QT_TRANSLATE_NOOP(
        "DomainErrors", "{path} is a symbolic link: give the name of a file, not of a link"
    ),
    "file.missing": QT_TRANSLATE_NOOP("DomainErrors", "{path} does not exist"),
    "file.no_folder": QT_TRANSLATE_NOOP(
        "DomainErrors", "cannot write {path}: folder {folder} does not exist"
    ),
    "file.not_regular": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{path} is a device, a pipe or a socket, not a file: nothing is written there",
    ),
    "file.too_large": QT_TRANSLATE_NOOP("DomainErrors", "{name} is larger than {limit} MiB"),
    "store.conflict": QT_TRANSLATE_NOOP(
        "DomainErrors", "the change conflicts with a stored record: {detail}"
    ),
    "store.not_found": QT_TRANSLATE_NOOP("DomainErrors", "no {record} #{id}"),
    "workload.damaged": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{name} is not an Excel workbook made by Expat Desk, or it is damaged ({detail})",
    ),
    "workload.merge_nothing": QT_TRANSLATE_NOOP(
        "DomainErrors", "name at least one workload export to merge"
    ),
    "workload.merge_overlap": QT_TRANSLATE_NOOP(
        "DomainErrors",
        "{first} and {second} both hold {manager}'s figures for {week}: merge one export of "
        "each manager and week",
    ),
    "workload.merge_twice": QT_TRANSLATE_NOOP("DomainErrors", "{name} is named twice"),
    "workload.not_export": QT_TRANSLATE_NOOP(
        "DomainErrors", "{name} is not a workload export of Expat Desk: {detail}"
    ),
    "workload.not_xlsx": QT_TRANSLATE_NOOP(
        "DomainErrors", "{name} is not an Excel workbook (.xlsx)"
    ),
    "workload.unreadable": QT_TRANSLATE_NOOP("DomainErrors", "{name} cannot be read: {detail}"),
    "workload.week_ahead": QT_TRANSLATE_NOOP(
        "DomainErrors", "{week} has not begun yet: today is {today}"
    ),
}
