<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name />
        <message>
            <source>The file {name} does not exist.</source>
            <translation>Файл {name} не существует.</translation>
        </message>
        <message>
            <source>{name} could not be read from the disk; nothing was imported.</source>
            <translation>Не удалось прочитать {name} с диска; ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>Файл {name} нельзя прочитать: нет доступа.</translation>
        </message>
        <message>
            <source>{name} is not an hdesk exchange file.</source>
            <translation>{name} — не файл обмена hdesk.</translation>
        </message>
        <message>
            <source>{name} is a working database, not an exchange file; export it with hdesk first.</source>
            <translation>{name} — рабочая база данных, а не файл обмена; сначала экспортируйте её в hdesk.</translation>
        </message>
        <message>
            <source>{name} is larger than hdesk accepts; it was refused.</source>
            <translation>Файл {name} больше, чем принимает hdesk; он отклонён.</translation>
        </message>
        <message>
            <source>{name} is encrypted: enter its passphrase.</source>
            <translation>Файл {name} зашифрован: введите его пароль.</translation>
        </message>
        <message>
            <source>Wrong passphrase: {name} could not be decrypted.</source>
            <translation>Неверный пароль: не удалось расшифровать {name}.</translation>
        </message>
        <message>
            <source>{name} was written by a newer hdesk; update hdesk to import it.</source>
            <translation>Файл {name} создан более новой версией hdesk; обновите hdesk, чтобы импортировать его.</translation>
        </message>
        <message>
            <source>{name} has a structure hdesk did not write; it was refused.</source>
            <translation>У файла {name} структура, которую hdesk не создаёт; он отклонён.</translation>
        </message>
        <message>
            <source>{name} is damaged or was changed on the way; it was refused.</source>
            <translation>Файл {name} повреждён или изменён по дороге; он отклонён.</translation>
        </message>
        <message>
            <source>{name} took too long to read; it was refused.</source>
            <translation>Файл {name} читался слишком долго; он отклонён.</translation>
        </message>
        <message>
            <source>{name} holds values this database cannot accept; nothing was imported.</source>
            <translation>В файле {name} есть значения, которые эта база данных не может принять; ничего не импортировано.</translation>
        </message>
        <message>
            <source>The database changed while the import was being prepared; nothing was imported. Import again.</source>
            <translation>База данных изменилась, пока готовился импорт; ничего не импортировано. Импортируйте ещё раз.</translation>
        </message>
        <message>
            <source>This database is open in another hdesk window; close it there first.</source>
            <translation>Эта база данных открыта в другом окне hdesk; сначала закройте её там.</translation>
        </message>
        <message>
            <source>Nothing was imported: {detail}</source>
            <translation>Ничего не импортировано: {detail}</translation>
        </message>
        <message>
            <source>The folder for {name} does not exist; nothing was written.</source>
            <translation>Папка для {name} не существует; ничего не записано.</translation>
        </message>
        <message>
            <source>{name} could not be written; nothing was changed.</source>
            <translation>Не удалось записать {name}; ничего не изменено.</translation>
        </message>
        <message>
            <source>{name} cannot be written here: permission denied.</source>
            <translation>Файл {name} нельзя записать сюда: нет доступа.</translation>
        </message>
        <message>
            <source>The database is damaged, so nothing was exported. Restore a backup.</source>
            <translation>База данных повреждена, поэтому ничего не экспортировано. Восстановите резервную копию.</translation>
        </message>
        <message>
            <source>The passphrase is empty.</source>
            <translation>Пароль пустой.</translation>
        </message>
        <message>
            <source>The export failed: {detail}</source>
            <translation>Экспорт не удался: {detail}</translation>
        </message>
        <message>
            <source>Details: {detail}</source>
            <translation>Подробности: {detail}</translation>
        </message>
        <message>
            <source>{name} is not a database file.</source>
            <translation>{name} не является файлом базы данных.</translation>
        </message>
        <message>
            <source>{name} is a database, but not an hdesk file.</source>
            <translation>{name} — база данных, но не файл hdesk.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of hdesk. Please update hdesk to open it.</source>
            <translation>{name} создан более новой версией hdesk. Обновите hdesk, чтобы открыть его.</translation>
        </message>
        <message>
            <source>{name} is damaged. It was not changed; restore a backup to go on working.</source>
            <translation>Файл {name} повреждён. Он не был изменён; чтобы продолжить работу, восстановите резервную копию.</translation>
        </message>
        <message>
            <source>{name} cannot be written to.</source>
            <translation>В файл {name} нельзя записывать.</translation>
        </message>
        <message>
            <source>{name} is open in another hdesk window or program. Close it there first.</source>
            <translation>Файл {name} открыт в другом окне hdesk или в другой программе. Сначала закройте его там.</translation>
        </message>
        <message>
            <source>{name} could not be read from the disk.</source>
            <translation>Не удалось прочитать {name} с диска.</translation>
        </message>
        <message>
            <source>{name} is too large to be an hdesk file.</source>
            <translation>Файл {name} слишком велик для файла hdesk.</translation>
        </message>
        <message>
            <source>{name} has an unexpected structure and was not opened.</source>
            <translation>У файла {name} неожиданная структура, он не был открыт.</translation>
        </message>
        <message>
            <source>File on a removable drive</source>
            <translation>Файл на съёмном носителе</translation>
        </message>
        <message>
            <source>{name} is on a removable drive or a network share. Working on it there can lose data if the drive is pulled out.</source>
            <translation>Файл {name} находится на съёмном носителе или в сетевой папке. Если носитель извлечь во время работы, данные могут быть потеряны.</translation>
        </message>
        <message>
            <source>Work on a local copy</source>
            <translation>Работать с локальной копией</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <source>This file is on a removable drive, so it is open read-only.</source>
            <translation>Файл находится на съёмном носителе, поэтому открыт только для чтения.</translation>
        </message>
        <message>
            <source>You may not change this file, so it is open read-only.</source>
            <translation>У вас нет прав изменять этот файл, поэтому он открыт только для чтения.</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation>Не удаётся открыть файл</translation>
        </message>
        <message>
            <source>{name} could not be opened ({reason}).</source>
            <translation>Не удалось открыть {name} ({reason}).</translation>
        </message>
        <message>
            <source>uuid is not a valid identifier (leave it empty for a new partner).</source>
            <translation>uuid не является допустимым идентификатором (для нового партнёра оставьте поле пустым).</translation>
        </message>
        <message>
            <source>This uuid appears on an earlier row too.</source>
            <translation>Этот uuid уже встречается в одной из строк выше.</translation>
        </message>
        <message>
            <source>“{column}” holds a formula; hdesk never calculates formulas, paste the value instead.</source>
            <translation>В «{column}» формула; hdesk не вычисляет формулы, вставьте вместо неё значение.</translation>
        </message>
        <message>
            <source>“{column}” does not name a partner in this file or the database.</source>
            <translation>«{column}» не указывает на партнёра ни в этом файле, ни в базе данных.</translation>
        </message>
        <message>
            <source>“{column}” matches more than one partner; give partner_uuid instead.</source>
            <translation>«{column}» подходит нескольким партнёрам; укажите вместо этого partner_uuid.</translation>
        </message>
        <message>
            <source>The sheet has no “{column}” column.</source>
            <translation>На листе нет столбца «{column}».</translation>
        </message>
        <message>
            <source>The column “{column}” appears twice.</source>
            <translation>Столбец «{column}» встречается дважды.</translation>
        </message>
        <message>
            <source>Stakeholder map</source>
            <translation>Карта партнёров</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Следующие шаги</translation>
        </message>
        <message>
            <source>Import Partners from Spreadsheet…</source>
            <translation>Импорт партнёров из таблицы…</translation>
        </message>
        <message>
            <source>Export Partners to Spreadsheet…</source>
            <translation>Экспорт партнёров в таблицу…</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Импорт партнёров</translation>
        </message>
        <message>
            <source>This file is open read-only.</source>
            <translation>Этот файл открыт только для чтения.</translation>
        </message>
        <message>
            <source>Import Partners from Spreadsheet</source>
            <translation>Импорт партнёров из таблицы</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Таблицы (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Partners imported: </source>
            <translation>Импортировано партнёров: </translation>
        </message>
        <message>
            <source>Export Partners to Spreadsheet</source>
            <translation>Экспорт партнёров в таблицу</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Partners exported to {files}.</source>
            <translation>Партнёры экспортированы в {files}.</translation>
        </message>
        <message>
            <source>Export partners</source>
            <translation>Экспорт партнёров</translation>
        </message>
        <message>
            <source>The spreadsheet could not be written.</source>
            <translation>Не удалось записать таблицу.</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Новая база данных…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние файлы</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>Сохранить &amp;копию как…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Новая запись</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Дублировать</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Фильтр</translation>
        </message>
        <message>
            <source>&amp;Edit record</source>
            <translation>&amp;Изменить запись</translation>
        </message>
        <message>
            <source>Plan &amp;settings…</source>
            <translation>&amp;Параметры плана…</translation>
        </message>
        <message>
            <source>&amp;About hdesk</source>
            <translation>&amp;О программе hdesk</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Engagement date</source>
            <translation>Дата взаимодействия</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Месяцев</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Осталось дней</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Отметить выполненным</translation>
        </message>
        <message>
            <source>Overdue and upcoming follow-ups</source>
            <translation>Просроченные и предстоящие шаги</translation>
        </message>
        <message>
            <source>Agreements expiring within 90 days</source>
            <translation>Соглашения, истекающие в ближайшие 90 дней</translation>
        </message>
        <message>
            <source>Export Plan PDF…</source>
            <translation>Экспорт плана в PDF…</translation>
        </message>
        <message>
            <source>Print the annual plan to a PDF for the board</source>
            <translation>Распечатать годовой план в PDF для правления</translation>
        </message>
        <message>
            <source>Export Plan PDF</source>
            <translation>Экспорт плана в PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the plan PDF…</source>
            <translation>Подготовка PDF плана…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Plan PDF saved: %1</source>
            <translation>PDF плана сохранён: %1</translation>
        </message>
        <message>
            <source>The plan was saved as %1. Open it now?</source>
            <translation>План сохранён как %1. Открыть его сейчас?</translation>
        </message>
        <message>
            <source>PDF export cancelled; no file was written.</source>
            <translation>Экспорт в PDF отменён; файл не записан.</translation>
        </message>
        <message>
            <source>This file has no plan to print yet.</source>
            <translation>В этом файле пока нет плана для печати.</translation>
        </message>
        <message>
            <source>There is no plan for %1 to print.</source>
            <translation>Нет плана на %1 год для печати.</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>Не удалось записать PDF: %1</translation>
        </message>
        <message>
            <source>The PDF could not be made: %1</source>
            <translation>Не удалось создать PDF: %1</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Ежедневная копия</translation>
        </message>
        <message>
            <source>Taken by hand</source>
            <translation>Сделана вручную</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Перед восстановлением</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Перед объединением</translation>
        </message>
        <message>
            <source>Before an import from another office</source>
            <translation>Перед импортом из другого офиса</translation>
        </message>
        <message>
            <source>Before a spreadsheet import</source>
            <translation>Перед импортом таблицы</translation>
        </message>
        <message>
            <source>Before the year-end rollover</source>
            <translation>Перед переходом на новый год</translation>
        </message>
        <message>
            <source>Before an upgrade of the file</source>
            <translation>Перед обновлением формата файла</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>Не читается</translation>
        </message>
        <message>
            <source>{objectives} objectives, {partners} partners, {departments} departments, {campaigns} campaigns</source>
            <translation>задач: {objectives}, партнёров: {partners}, отделов: {departments}, кампаний: {campaigns}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержимое</translation>
        </message>
        <message>
            <source>Backups of {name}</source>
            <translation>Резервные копии {name}</translation>
        </message>
        <message>
            <source>hdesk keeps a copy of this file every day you open it, and before every merge, import, upgrade and restore. Backups are kept in {folder}.</source>
            <translation>hdesk сохраняет копию этого файла каждый день, когда вы его открываете, а также перед каждым объединением, импортом, обновлением и восстановлением. Резервные копии хранятся в папке {folder}.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Сделать копию сейчас</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Replace {name} with the backup of {date}?

Changes made since then will no longer be in the file. The current state is backed up first, so you can come back to it.</source>
            <translation>Заменить {name} резервной копией от {date}?

Изменений, сделанных после этой даты, в файле больше не будет. Текущее состояние сначала сохраняется в копию, так что к нему можно вернуться.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>The backup was restored; the previous state was backed up first.</source>
            <translation>Резервная копия восстановлена; предыдущее состояние было предварительно сохранено.</translation>
        </message>
        <message>
            <source>{name} is open in another hdesk window. Close it there, then restore.</source>
            <translation>Файл {name} открыт в другом окне hdesk. Закройте его там, затем восстановите.</translation>
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation>Резервная копия не восстановлена</translation>
        </message>
        <message>
            <source>The file is damaged</source>
            <translation>Файл повреждён</translation>
        </message>
        <message>
            <source>{name} is damaged: some of its contents cannot be read. This can happen after a power cut, a full disk or a drive pulled out while writing. hdesk has not changed the file.</source>
            <translation>Файл {name} повреждён: часть его содержимого не читается. Так бывает после отключения электричества, переполнения диска или извлечения носителя во время записи. hdesk не изменял файл.</translation>
        </message>
        <message>
            <source>The newest good backup is from {date}. Restoring it replaces the damaged file; changes made after that backup are lost. The damaged file is kept aside in the backups folder.</source>
            <translation>Последняя исправная резервная копия сделана {date}. Её восстановление заменит повреждённый файл; изменения, сделанные после этой копии, будут потеряны. Повреждённый файл сохраняется отдельно в папке резервных копий.</translation>
        </message>
        <message>
            <source>There is no good backup of this file. Keep the file as it is and ask for help; do not delete it.</source>
            <translation>Исправной резервной копии этого файла нет. Оставьте файл как есть и обратитесь за помощью; не удаляйте его.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Восстановить резервную копию</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Резервные копии…</translation>
        </message>
        <message>
            <source>Browse the automatic backups of this file and restore one</source>
            <translation>Просмотреть автоматические резервные копии этого файла и восстановить одну из них</translation>
        </message>
        <message>
            <source>{name} is open for editing in another hdesk window, so here it is open read-only.</source>
            <translation>{name} открыт для редактирования в другом окне hdesk, поэтому здесь он открыт только для чтения.</translation>
        </message>
        <message>
            <source>Close the other window and open the file again to edit it.</source>
            <translation>Закройте другое окно и откройте файл снова, чтобы его редактировать.</translation>
        </message>
        <message>
            <source>Daily backup taken.</source>
            <translation>Ежедневная копия сделана.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: {reason}</source>
            <translation>Не удалось сделать ежедневную копию: {reason}</translation>
        </message>
        <message>
            <source>File on a removable drive or network share</source>
            <translation>Файл на съёмном носителе или в сетевой папке</translation>
        </message>
        <message>
            <source>{name} is on a USB drive or a network share. If the drive is pulled out or the network drops while hdesk writes, recent work can be lost or the file damaged.

Work on a copy on this computer (recommended), or look at the file read-only.</source>
            <translation>Файл {name} находится на USB-носителе или в сетевой папке. Если носитель извлечь или сеть пропадёт, пока hdesk записывает данные, последние изменения могут потеряться, а файл — повредиться.

Работайте с копией на этом компьютере (рекомендуется) или откройте файл только для чтения.</translation>
        </message>
        <message>
            <source>Keep working there</source>
            <translation>Продолжить работу там</translation>
        </message>
        <message>
            <source>The local copy could not be made: {reason}</source>
            <translation>Не удалось сделать локальную копию: {reason}</translation>
        </message>
        <message>
            <source>You are working on a local copy: {path}</source>
            <translation>Вы работаете с локальной копией: {path}</translation>
        </message>
        <message>
            <source>This file is on a removable drive or network share, so it is open read-only.</source>
            <translation>Файл находится на съёмном носителе или в сетевой папке, поэтому открыт только для чтения.</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>сохранена</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалена</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Record kept or deleted</source>
            <translation>Запись сохранена или удалена</translation>
        </message>
        <message>
            <source>this office</source>
            <translation>этот офис</translation>
        </message>
        <message>
            <source>another office</source>
            <translation>другой офис</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>правка</translation>
        </message>
        <message>
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>конфликт</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>выбор</translation>
        </message>
        <message>
            <source>Export for Another Office…</source>
            <translation>Экспорт для другого офиса…</translation>
        </message>
        <message>
            <source>Write a file to carry to another office (optionally with a passphrase)</source>
            <translation>Записать файл для переноса в другой офис (при желании с паролем)</translation>
        </message>
        <message>
            <source>Import from Another Office…</source>
            <translation>Импорт из другого офиса…</translation>
        </message>
        <message>
            <source>Merge a file from another office; you see what changes before it is applied</source>
            <translation>Объединить файл из другого офиса; перед применением вы увидите, что изменится</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <source>Checking {name} for damage…</source>
            <translation>Проверка файла {name} на повреждения…</translation>
        </message>
        <message>
            <source>{name} passed its check.</source>
            <translation>Файл {name} прошёл проверку.</translation>
        </message>
        <message>
            <source>{name} is damaged, so it is open read-only. Restore a backup to go on working.</source>
            <translation>Файл {name} повреждён, поэтому открыт только для чтения. Восстановите резервную копию, чтобы продолжить работу.</translation>
        </message>
        <message>
            <source>There is no plan for {year} to start from.</source>
            <translation>Нет плана на {year} год, от которого можно начать.</translation>
        </message>
        <message>
            <source>A plan for {year} exists already.</source>
            <translation>План на {year} год уже существует.</translation>
        </message>
        <message>
            <source>The new year must come after {year}.</source>
            <translation>Новый год должен быть позже {year}.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>ГГГГ-ММ</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>Pick…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— не задано —</translation>
        </message>
        <message>
            <source>(deleted record)</source>
            <translation>(удалённая запись)</translation>
        </message>
        <message>
            <source>Another Society…</source>
            <translation>Другое общество…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Start next year</source>
            <translation>Начать следующий год</translation>
        </message>
        <message>
            <source>There is no plan to start from.</source>
            <translation>Нет плана, от которого можно начать.</translation>
        </message>
        <message>
            <source>Plan {year} started with {n} objectives.</source>
            <translation>План на {year} год начат, задач: {n}.</translation>
        </message>
        <message>
            <source>Nothing was changed: {why}</source>
            <translation>Ничего не изменено: {why}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>П&amp;лан</translation>
        </message>
        <message>
            <source>Pa&amp;rtners</source>
            <translation>П&amp;артнёры</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Plan year</source>
            <translation>Год плана</translation>
        </message>
        <message>
            <source>Plan year:</source>
            <translation>Год плана:</translation>
        </message>
        <message>
            <source>no plan yet</source>
            <translation>плана пока нет</translation>
        </message>
        <message>
            <source>Plan {year}</source>
            <translation>План на {year} год</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Нет плана</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(только чтение)</translation>
        </message>
        <message>
            <source>Nothing you see can be changed or lost.</source>
            <translation>Ничего из того, что вы видите, нельзя изменить или потерять.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Только чтение</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Все изменения сохранены</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>Открыт файл {name}.</translation>
        </message>
        <message>
            <source>Choose the Objectives, Departments, Partners or Campaigns tab first.</source>
            <translation>Сначала выберите вкладку «Задачи», «Отделы», «Партнёры» или «Кампании».</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Нет недавних файлов</translation>
        </message>
        <message>
            <source>About hdesk</source>
            <translation>О программе hdesk</translation>
        </message>
        <message>
            <source>hdesk {version}
Humanitarian diplomacy desk for Red Cross and Red Crescent National Societies: annual plans, partners and campaigns, offline.</source>
            <translation>hdesk {version}
Рабочее место по гуманитарной дипломатии для национальных обществ Красного Креста и Красного Полумесяца: годовые планы, партнёры и кампании, без интернета.</translation>
        </message>
        <message>
            <source>That record no longer exists.</source>
            <translation>Этой записи больше нет.</translation>
        </message>
    </context>
    <context>
        <name>CampaignsTab</name>
        <message>
            <source>Objectives and partners</source>
            <translation>Задачи и партнёры</translation>
        </message>
        <message>
            <source>Add campaign</source>
            <translation>Добавить кампанию</translation>
        </message>
        <message>
            <source>No campaigns yet — click Add campaign to plan a joint campaign with other Societies.</source>
            <translation>Кампаний пока нет — нажмите «Добавить кампанию», чтобы спланировать совместную кампанию с другими обществами.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>National and regional</source>
            <translation>Национальные и региональные</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Новая кампания</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Use this value</source>
            <translation>Оставить это значение</translation>
        </message>
        <message>
            <source>Looking for conflicts…</source>
            <translation>Ищем конфликты…</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed differently in two offices. Choose the value to keep.</source>
            <translation>
                <numerusform>%n поле изменено по-разному в двух офисах. Выберите значение, которое нужно сохранить.</numerusform>
                <numerusform>%n поля изменены по-разному в двух офисах. Выберите значение, которое нужно сохранить.</numerusform>
                <numerusform>%n полей изменены по-разному в двух офисах. Выберите значение, которое нужно сохранить.</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts: every office's edits fit together.</source>
            <translation>Конфликтов нет: правки всех офисов согласуются.</translation>
        </message>
        <message>
            <source>Choose a value in a conflict</source>
            <translation>Выбор значения в конфликте</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsTab</name>
        <message>
            <source>Objectives it touches</source>
            <translation>Связанные задачи</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Добавить отдел</translation>
        </message>
        <message>
            <source>No departments yet — click Add department to list the departments of your Society.</source>
            <translation>Отделов пока нет — нажмите «Добавить отдел», чтобы перечислить отделы вашего общества.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>New department</source>
            <translation>Новый отдел</translation>
        </message>
        <message>
            <source>{name} is a point of contact for {n} objective(s). Double-click one to open it.</source>
            <translation>{name}: точка соприкосновения для задач ({n}). Дважды щёлкните задачу, чтобы открыть её.</translation>
        </message>
        <message>
            <source>{name} has no role in this plan's objectives yet. Add it on an objective's Departments page.</source>
            <translation>У отдела «{name}» пока нет роли в задачах этого плана. Добавьте его на странице «Отделы» задачи.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export for Another Office</source>
            <translation>Экспорт для другого офиса</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Protect with a passphrase (recommended on USB sticks)</source>
            <translation>Защитить паролем (рекомендуется для USB-флешек)</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Сохранить как:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Passphrase again:</source>
            <translation>Пароль ещё раз:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Выберите, куда сохранить файл.</translation>
        </message>
        <message>
            <source>The passphrase needs at least 8 characters.</source>
            <translation>Пароль должен содержать не менее 8 символов.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Exported. Carry the file to the other office and import it there.</source>
            <translation>Экспорт завершён. Перенесите файл в другой офис и импортируйте его там.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to hdesk</source>
            <translation>Добро пожаловать в hdesk</translation>
        </message>
        <message>
            <source>This file is new. Tell hdesk who you are and which year's plan you are writing.</source>
            <translation>Это новый файл. Укажите, кто вы и план на какой год вы составляете.</translation>
        </message>
        <message>
            <source>Annual plan on humanitarian diplomacy</source>
            <translation>Годовой план по гуманитарной дипломатии</translation>
        </message>
        <message>
            <source>Annual plan on humanitarian diplomacy {year}</source>
            <translation>Годовой план по гуманитарной дипломатии на {year} год</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>Создать план</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsTab</name>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>просрочено на %n день</numerusform>
                <numerusform>просрочено на %n дня</numerusform>
                <numerusform>просрочено на %n дней</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>срок сегодня</translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>срок через %n день</numerusform>
                <numerusform>срок через %n дня</numerusform>
                <numerusform>срок через %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners not contacted for %n month(s) or more</source>
            <translation>
                <numerusform>Партнёры, с которыми не было контакта %n месяц и более</numerusform>
                <numerusform>Партнёры, с которыми не было контакта %n месяца и более</numerusform>
                <numerusform>Партнёры, с которыми не было контакта %n месяцев и более</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation>Отметить шаг выполненным</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of this %1</source>
            <translation>История записи: %1</translation>
        </message>
        <message>
            <source>Newest first. Values that lost a conflict stay here.</source>
            <translation>Сначала новые. Значения, уступившие в конфликте, сохраняются здесь.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from Another Office</source>
            <translation>Импорт из другого офиса</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>hdesk exchange files (*.hdesk *.hdeskx)</source>
            <translation>Файлы обмена hdesk (*.hdesk *.hdeskx)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Проверка файла…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>an office with no name</source>
            <translation>офис без названия</translation>
        </message>
        <message>
            <source>From %1: nothing new; this file was already imported.</source>
            <translation>Из: %1 — ничего нового; этот файл уже импортирован.</translation>
        </message>
        <message>
            <source>From %1. Import these changes? A backup is taken first.</source>
            <translation>Из: %1. Импортировать эти изменения? Сначала будет сделана резервная копия.</translation>
        </message>
        <message>
            <source>Imported. Conflicts: %1 (see Edit → Conflicts).</source>
            <translation>Импорт завершён. Конфликтов: %1 (см. Правка → Конфликты).</translation>
        </message>
        <message>
            <source>The other office's PC clock seems more than a day ahead.</source>
            <translation>Часы компьютера в другом офисе, похоже, спешат более чем на сутки.</translation>
        </message>
        <message>
            <source>Save Report as PDF…</source>
            <translation>Сохранить отчёт в PDF…</translation>
        </message>
        <message>
            <source>Save merge report</source>
            <translation>Сохранить отчёт об объединении</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report was saved as %1.</source>
            <translation>Отчёт сохранён: %1.</translation>
        </message>
        <message>
            <source>The report could not be saved: %1</source>
            <translation>Не удалось сохранить отчёт: %1</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Duplicate</source>
            <translation>Дублировать</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)…</source>
            <translation>Фильтр (Ctrl+F)…</translation>
        </message>
        <message>
            <source>No rows match the filter. Clear the filter box to see all rows.</source>
            <translation>Ни одна строка не подходит под фильтр. Очистите поле фильтра, чтобы увидеть все строки.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Nothing here yet — click Add to create the first record.</source>
            <translation>Здесь пока ничего нет — нажмите «Добавить», чтобы создать первую запись.</translation>
        </message>
        <message>
            <source>Add {what}</source>
            <translation>Добавить: {what}</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (копия)</translation>
        </message>
        <message>
            <source>Duplicate {what}</source>
            <translation>Дублировать: {what}</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>Удалить «{name}»?</translation>
        </message>
        <message>
            <source>Delete {n} records?</source>
            <translation>Удалить записи ({n})?</translation>
        </message>
        <message>
            <source>Records that belong to it are deleted too. You can undo this with Ctrl+Z.</source>
            <translation>Связанные с ней записи тоже будут удалены. Отменить можно клавишами Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Удалить: {what}</translation>
        </message>
        <message>
            <source>Deleted {n} record(s).</source>
            <translation>Удалено записей: {n}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Отделы</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Все изменения сохранены</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Открывается {name}…</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>hdesk files (*.hdesk)</source>
            <translation>Файлы hdesk (*.hdesk)</translation>
        </message>
        <message>
            <source>{name} exists already; open it instead.</source>
            <translation>{name} уже существует; откройте его.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>hdesk files (*.hdesk);;All files (*)</source>
            <translation>Файлы hdesk (*.hdesk);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Сохранить копию как</translation>
        </message>
        <message>
            <source>Writing a copy to {name}…</source>
            <translation>Запись копии в {name}…</translation>
        </message>
        <message>
            <source>A copy was saved as {name}.</source>
            <translation>Копия сохранена как {name}.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <source>The copy was not saved: {reason}</source>
            <translation>Копия не сохранена: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <source>No objective</source>
            <translation>Без задачи</translation>
        </message>
        <message>
            <source>{department} on {objective}: {role}</source>
            <translation>{department} в задаче {objective}: {role}</translation>
        </message>
        <message>
            <source>No role on any objective of this plan</source>
            <translation>Нет роли ни в одной задаче этого плана</translation>
        </message>
        <message>
            <source>Points of contact</source>
            <translation>Точки соприкосновения</translation>
        </message>
        <message>
            <source>Objectives without a goal</source>
            <translation>Задачи без цели</translation>
        </message>
        <message>
            <source>No lead department</source>
            <translation>Нет ответственного отдела</translation>
        </message>
        <message>
            <source>L</source>
            <comment>lead</comment>
            <translation>О</translation>
        </message>
        <message>
            <source>C</source>
            <comment>contributes</comment>
            <translation>У</translation>
        </message>
        <message>
            <source>Co</source>
            <comment>consulted</comment>
            <translation>К</translation>
        </message>
        <message>
            <source>I</source>
            <comment>informed</comment>
            <translation>И</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>ответственный</translation>
        </message>
        <message>
            <source>contributes</source>
            <translation>участвует</translation>
        </message>
        <message>
            <source>consulted</source>
            <translation>консультирует</translation>
        </message>
        <message>
            <source>informed</source>
            <translation>информируется</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>нет роли</translation>
        </message>
    </context>
    <context>
        <name>MatrixWidget</name>
        <message>
            <source>Click, Space or Enter: next role · Shift: previous · Delete: none</source>
            <translation>Щелчок, пробел или Enter: следующая роль · Shift: предыдущая · Delete: без роли</translation>
        </message>
        <message>
            <source>No plan yet: create a plan to see its points of contact.</source>
            <translation>Плана пока нет: создайте план, чтобы увидеть точки соприкосновения.</translation>
        </message>
        <message>
            <source>Points of contact — {title}</source>
            <translation>Точки соприкосновения — {title}</translation>
        </message>
        <message>
            <source>Objectives without a lead: {codes}.</source>
            <translation>Задачи без ответственного: {codes}.</translation>
        </message>
        <message>
            <source>Departments with no objective: {names}.</source>
            <translation>Отделы без задач: {names}.</translation>
        </message>
        <message>
            <source>Every objective has a lead; every department has a role.</source>
            <translation>У каждой задачи есть ответственный, у каждого отдела — роль.</translation>
        </message>
        <message>
            <source>Overlap warnings: partners approached by different departments for different objectives ({n})</source>
            <translation>Пересечения: к партнёрам обращаются разные отделы по разным задачам ({n})</translation>
        </message>
        <message>
            <source>This file is open read-only.</source>
            <translation>Этот файл открыт только для чтения.</translation>
        </message>
        <message>
            <source>Set role of {department} on {objective}</source>
            <translation>Роль отдела «{department}» в задаче {objective}</translation>
        </message>
        <message>
            <source>That objective or department no longer exists.</source>
            <translation>Этой задачи или этого отдела больше нет.</translation>
        </message>
        <message>
            <source>Points of contact</source>
            <translation>Точки соприкосновения</translation>
        </message>
        <message>
            <source>Start Next Year…</source>
            <translation>Начать следующий год…</translation>
        </message>
        <message>
            <source>Year-end Review</source>
            <translation>Итоги года</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesTab</name>
        <message>
            <source>No departments linked yet — click Add department role to say who contributes.</source>
            <translation>Отделы пока не связаны — нажмите «Добавить роль отдела», чтобы указать, кто участвует.</translation>
        </message>
        <message>
            <source>Add department role</source>
            <translation>Добавить роль отдела</translation>
        </message>
        <message>
            <source>No activities yet — click Add activity to plan the steps of this objective.</source>
            <translation>Мероприятий пока нет — нажмите «Добавить мероприятие», чтобы спланировать шаги по этой задаче.</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Новое мероприятие</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Отделы</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Добавить задачу</translation>
        </message>
        <message>
            <source>There is no plan yet — open Plan ▸ Plan settings to start this year's plan.</source>
            <translation>Плана пока нет — откройте «План ▸ Параметры плана», чтобы начать план на этот год.</translation>
        </message>
        <message>
            <source>No objectives in this plan yet — click Add objective to write the first one.</source>
            <translation>В этом плане пока нет задач — нажмите «Добавить задачу», чтобы записать первую.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Progress / target</source>
            <translation>Достигнуто / цель</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>Все цели</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>Create the plan first: Plan ▸ Plan settings.</source>
            <translation>Сначала создайте план: «План ▸ Параметры плана».</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Новая задача</translation>
        </message>
        <message>
            <source>Every department is linked to this objective already.</source>
            <translation>Все отделы уже связаны с этой задачей.</translation>
        </message>
    </context>
    <context>
        <name>OfficeFields</name>
        <message>
            <source>Society and office</source>
            <translation>Общество и офис</translation>
        </message>
        <message>
            <source>e.g. Red Crescent Society of Turkmenistan</source>
            <translation>например, Общество Красного Полумесяца Туркменистана</translation>
        </message>
        <message>
            <source>e.g. Head office</source>
            <translation>например, Головной офис</translation>
        </message>
        <message>
            <source>Society</source>
            <translation>Общество</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Офис</translation>
        </message>
    </context>
    <context>
        <name>OverlapModel</name>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Отделы</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>In this file</source>
            <translation>В этом файле</translation>
        </message>
        <message>
            <source>Objectives by status</source>
            <translation>Задачи по статусу</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Overdue and due in the next {days} days</source>
            <translation>Просрочено и со сроком в ближайшие {days} дн.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Nothing is overdue or due in the next {days} days.</source>
            <translation>Нет просроченного и ничего со сроком в ближайшие {days} дн.</translation>
        </message>
        <message>
            <source>Objectives in this plan</source>
            <translation>Задачи этого плана</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Отделы</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <source>Strategic goals</source>
            <translation>Стратегические цели</translation>
        </message>
        <message>
            <source>Your Society</source>
            <translation>Ваше общество</translation>
        </message>
        <message>
            <source>There is no plan yet. Open Plan ▸ Plan settings to start one.</source>
            <translation>Плана пока нет. Откройте «План ▸ Параметры плана», чтобы начать.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <source>Board approval: {date}</source>
            <translation>Утверждение правлением: {date}</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <source>No contacts yet — click Add contact to note who you talk to.</source>
            <translation>Контактов пока нет — нажмите «Добавить контакт», чтобы записать, с кем вы общаетесь.</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Новый контакт</translation>
        </message>
        <message>
            <source>No engagement yet — click Add engagement after a meeting, call or letter.</source>
            <translation>Взаимодействий пока нет — после встречи, звонка или письма нажмите «Добавить взаимодействие».</translation>
        </message>
        <message>
            <source>No agreements yet — click Add agreement to record a memorandum or contract.</source>
            <translation>Соглашений пока нет — нажмите «Добавить соглашение», чтобы записать меморандум или договор.</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Новое соглашение</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Engagement log</source>
            <translation>Взаимодействия</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Соглашения</translation>
        </message>
        <message>
            <source>Add partner</source>
            <translation>Добавить партнёра</translation>
        </message>
        <message>
            <source>No partners yet — click Add partner or import a spreadsheet.</source>
            <translation>Партнёров пока нет — нажмите «Добавить партнёра» или импортируйте таблицу.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Риски</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все типы</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Все этапы</translation>
        </message>
        <message>
            <source>All stances</source>
            <translation>Все позиции</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Новый партнёр</translation>
        </message>
        <message>
            <source>Caution: working with this partner may put at risk our {principles}.</source>
            <translation>Внимание: работа с этим партнёром может поставить под угрозу наши принципы: {principles}.</translation>
        </message>
    </context>
    <context>
        <name>PlanSettingsDialog</name>
        <message>
            <source>Plan settings</source>
            <translation>Параметры плана</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>There is no plan yet. Use File ▸ New or the first-run questions to start one.</source>
            <translation>Плана пока нет. Начните его через «Файл ▸ Новая база данных» или ответив на вопросы первого запуска.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Same name and country as line {line}; skipped.</source>
            <translation>То же название и страна, что в строке {line}; пропущено.</translation>
        </message>
        <message>
            <source>Same name and country as an existing record; skipped. Add its uuid to update it.</source>
            <translation>То же название и страна, что у существующей записи; пропущено. Чтобы обновить её, укажите её uuid.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <source>Likely duplicate</source>
            <translation>Вероятный дубликат</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Обновление</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Что произойдёт</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Choose a row on the left to see and edit it here.</source>
            <translation>Выберите строку слева, чтобы просмотреть и изменить её здесь.</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Изменить: {field}</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Lead department</source>
            <translation>Ответственный отдел</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Исходное значение</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Достигнуто</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Достигнуто</translation>
        </message>
    </context>
    <context>
        <name>RolloverDialog</name>
        <message>
            <source>Start next year</source>
            <translation>Начать следующий год</translation>
        </message>
        <message>
            <source>New plan year: </source>
            <translation>Новый год плана: </translation>
        </message>
        <message>
            <source>Objectives that are not done or cancelled move to the new plan as planned objectives, with this year's progress as their baseline, dates moved on, and the same departments. Done and cancelled objectives stay in {year}. A backup is made first.</source>
            <translation>Невыполненные и неотменённые задачи переходят в новый план как запланированные: достигнутое в этом году становится исходным значением, сроки сдвигаются, отделы остаются те же. Выполненные и отменённые задачи остаются в {year} году. Сначала создаётся резервная копия.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <source>New plan: {title} (draft)</source>
            <translation>Новый план: {title} (черновик)</translation>
        </message>
        <message>
            <source>Moves to {year} ({n}):</source>
            <translation>Переходят в {year} год ({n}):</translation>
        </message>
        <message>
            <source>{label} — new baseline {baseline}</source>
            <translation>{label} — новое исходное значение {baseline}</translation>
        </message>
        <message>
            <source>Stays in {year} ({n}):</source>
            <translation>Остаются в {year} году ({n}):</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetImportDialog</name>
        <message>
            <source>Import partners from {name}</source>
            <translation>Импорт партнёров из {name}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Чтение {name}…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>The spreadsheet could not be read.</source>
            <translation>Не удалось прочитать таблицу.</translation>
        </message>
        <message>
            <source>Nothing can be imported: {count} problem(s) on {rows} row(s). Correct the spreadsheet and try again.</source>
            <translation>Импортировать нечего: проблем — {count}, строк с ошибками — {rows}. Исправьте таблицу и попробуйте снова.</translation>
        </message>
        <message>
            <source>Partners: {pc} new, {pu} updated. Contacts: {cc} new, {cu} updated. {dups} likely duplicate(s) will be skipped.</source>
            <translation>Партнёры: новых {pc}, обновлённых {pu}. Контакты: новых {cc}, обновлённых {cu}. Вероятные дубликаты ({dups}) будут пропущены.</translation>
        </message>
        <message>
            <source>Ignored columns: {names}.</source>
            <translation>Пропущенные столбцы: {names}.</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Импорт партнёров</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Ничего не импортировано: {reason}</translation>
        </message>
        <message>
            <source>{created} created, {updated} updated.</source>
            <translation>Создано: {created}, обновлено: {updated}.</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMap</name>
        <message>
            <source>Colour by stance</source>
            <translation>Цвет по позиции</translation>
        </message>
        <message>
            <source>Colour by kind</source>
            <translation>Цвет по типу</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все типы</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Все этапы</translation>
        </message>
        <message>
            <source>Export map as PNG…</source>
            <translation>Экспорт карты в PNG…</translation>
        </message>
        <message>
            <source>{shown} of {total} partners</source>
            <translation>Партнёры: {shown} из {total}</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Поддерживать удовлетворённость</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Тесно взаимодействовать</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Наблюдать</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Держать в курсе</translation>
        </message>
        <message>
            <source>Interest →</source>
            <translation>Интерес →</translation>
        </message>
        <message>
            <source>Influence →</source>
            <translation>Влияние →</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Move partner on the stakeholder map</source>
            <translation>Переместить партнёра на карте</translation>
        </message>
        <message>
            <source>Export map as PNG</source>
            <translation>Экспорт карты в PNG</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Экспорт карты</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>Не удалось записать {path}.</translation>
        </message>
    </context>
    <context>
        <name>SubTable</name>
        <message>
            <source>Add {what}</source>
            <translation>Добавить: {what}</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete {n} selected row(s)? You can undo this with Ctrl+Z.</source>
            <translation>Удалить выбранные строки ({n})? Отменить можно клавишами Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Удалить: {what}</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Group by goal</source>
            <translation>Группировать по целям</translation>
        </message>
        <message>
            <source>Group by lead department</source>
            <translation>Группировать по ответственным отделам</translation>
        </message>
        <message>
            <source>Campaigns snap to whole months</source>
            <translation>Кампании выравниваются по целым месяцам</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Экспорт в PNG…</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>postponed</source>
            <translation>отложено</translation>
        </message>
        <message>
            <source>campaign planned</source>
            <translation>кампания запланирована</translation>
        </message>
        <message>
            <source>campaign active</source>
            <translation>кампания идёт</translation>
        </message>
        <message>
            <source>Drag a bar's end to change a date, its middle to move it; Ctrl+wheel zooms</source>
            <translation>Перетащите край полосы, чтобы изменить дату, середину — чтобы сдвинуть её; Ctrl+колесо — масштаб</translation>
        </message>
        <message>
            <source>No plan yet.</source>
            <translation>Плана пока нет.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) without dates are not shown.</source>
            <translation>
                <numerusform>%n задача без сроков не показана.</numerusform>
                <numerusform>%n задачи без сроков не показаны.</numerusform>
                <numerusform>%n задач без сроков не показаны.</numerusform>
            </translation>
        </message>
        <message>
            <source>Objectives without a goal</source>
            <translation>Задачи без цели</translation>
        </message>
        <message>
            <source>Objectives without a lead department</source>
            <translation>Задачи без ответственного отдела</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <source>Reschedule objective {name}</source>
            <translation>Перенести сроки задачи {name}</translation>
        </message>
        <message>
            <source>Reschedule campaign {name}</source>
            <translation>Перенести сроки кампании {name}</translation>
        </message>
        <message>
            <source>That change could not be saved.</source>
            <translation>Это изменение не удалось сохранить.</translation>
        </message>
        <message>
            <source>Export timeline</source>
            <translation>Экспорт графика</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not write the image.</source>
            <translation>Не удалось записать изображение.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>График</translation>
        </message>
    </context>
    <context>
        <name>YearEndDialog</name>
        <message>
            <source>Year-end review</source>
            <translation>Итоги года</translation>
        </message>
    </context>
    <context>
        <name>YearEndWidget</name>
        <message>
            <source>To print, export the plan PDF for this year (File menu).</source>
            <translation>Чтобы распечатать, экспортируйте план этого года в PDF (меню «Файл»).</translation>
        </message>
        <message>
            <source>Plan year:</source>
            <translation>Год плана:</translation>
        </message>
        <message>
            <source>No plan yet.</source>
            <translation>Плана пока нет.</translation>
        </message>
        <message>
            <source>{title}: {n} objectives ({parts}).</source>
            <translation>{title}: задач — {n} ({parts}).</translation>
        </message>
        <message>
            <source>Targets met: {met} of {measured} measured; average {mean:.0f} % of the way.</source>
            <translation>Цели достигнуты: {met} из {measured} измеренных; в среднем пройдено {mean:.0f} % пути.</translation>
        </message>
    </context>
    <context>
        <name>exchange</name>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Офис</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Изменено когда</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Показано сейчас</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Как</translation>
        </message>
    </context>
    <context>
        <name>features_i18n</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The language could not be saved: {reason}</source>
            <translation>Не удалось сохранить язык: {reason}</translation>
        </message>
        <message>
            <source>hdesk is already shown in this language.</source>
            <translation>hdesk уже работает на этом языке.</translation>
        </message>
        <message>
            <source>The new language is used the next time hdesk starts. Your work is saved.</source>
            <translation>Новый язык будет применён при следующем запуске hdesk. Ваша работа сохранена.</translation>
        </message>
    </context>
    <context>
        <name>hdesk</name>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation>Стратегическая цель</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Department role</source>
            <translation>Роль отдела</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Взаимодействие</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампания</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Board approval date</source>
            <translation>Дата утверждения правлением</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Введение</translation>
        </message>
        <message>
            <source>Policy statement</source>
            <translation>Заявление о политике</translation>
        </message>
        <message>
            <source>Approvers</source>
            <translation>Утверждают</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>С года</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>По год</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Контактные данные</translation>
        </message>
        <message>
            <source>Lead department</source>
            <translation>Ответственный отдел</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Исходное значение</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Достигнуто</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Бюджет</translation>
        </message>
        <message>
            <source>Fundamental Principles</source>
            <translation>Основополагающие принципы</translation>
        </message>
        <message>
            <source>Carried over from</source>
            <translation>Перенесено из</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Интерес</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Principle concerns</source>
            <translation>Риски для принципов</translation>
        </message>
        <message>
            <source>About the concerns</source>
            <translation>О рисках</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кратко</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Срок следующего шага</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>Ключевые сообщения</translation>
        </message>
        <message>
            <source>Audiences</source>
            <translation>Целевые группы</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Lead Society</source>
            <translation>Ведущее общество</translation>
        </message>
        <message>
            <source>Participating Societies</source>
            <translation>Общества-участники</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <source>Linked objectives</source>
            <translation>Связанные задачи</translation>
        </message>
        <message>
            <source>Linked partners</source>
            <translation>Связанные партнёры</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>File reference</source>
            <translation>Ссылка на документ</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Статус плана</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Вид взаимодействия</translation>
        </message>
        <message>
            <source>Kind of partner</source>
            <translation>Тип партнёра</translation>
        </message>
        <message>
            <source>Responsible department</source>
            <translation>Ответственный отдел</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Представлен</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Утверждён</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Средний</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Идёт</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершена</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Contributes</source>
            <translation>Участвует</translation>
        </message>
        <message>
            <source>Consulted</source>
            <translation>Консультирует</translation>
        </message>
        <message>
            <source>Informed</source>
            <translation>Информируется</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Правительство</translation>
        </message>
        <message>
            <source>Local authority</source>
            <translation>Местная власть</translation>
        </message>
        <message>
            <source>UN agency</source>
            <translation>Агентство ООН</translation>
        </message>
        <message>
            <source>IFRC / ICRC</source>
            <translation>МФОКК / МККК</translation>
        </message>
        <message>
            <source>National Society</source>
            <translation>Национальное общество</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>НКО</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>СМИ</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Частный сектор</translation>
        </message>
        <message>
            <source>Academia</source>
            <translation>Научное сообщество</translation>
        </message>
        <message>
            <source>Community leader</source>
            <translation>Лидер общины</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Поддерживает</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Нейтрален</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>Скептичен</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Против</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Выявлен</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Есть контакт</translation>
        </message>
        <message>
            <source>Engaged</source>
            <translation>Вовлечён</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>Консультация</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Национальная</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Региональная</translation>
        </message>
        <message>
            <source>Humanity</source>
            <translation>Гуманность</translation>
        </message>
        <message>
            <source>Impartiality</source>
            <translation>Беспристрастность</translation>
        </message>
        <message>
            <source>Neutrality</source>
            <translation>Нейтральность</translation>
        </message>
        <message>
            <source>Independence</source>
            <translation>Независимость</translation>
        </message>
        <message>
            <source>Voluntary service</source>
            <translation>Добровольность</translation>
        </message>
        <message>
            <source>Unity</source>
            <translation>Единство</translation>
        </message>
        <message>
            <source>Universality</source>
            <translation>Универсальность</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>Поле «{field}» обязательно.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>Поле «{field}» длиннее {limit} символов.</translation>
        </message>
        <message>
            <source>{field} must be text.</source>
            <translation>Поле «{field}» должно быть текстом.</translation>
        </message>
        <message>
            <source>{field} must be a whole number.</source>
            <translation>Поле «{field}» должно быть целым числом.</translation>
        </message>
        <message>
            <source>{field} must be a number.</source>
            <translation>Поле «{field}» должно быть числом.</translation>
        </message>
        <message>
            <source>{field} must be at least {limit}.</source>
            <translation>Поле «{field}» должно быть не меньше {limit}.</translation>
        </message>
        <message>
            <source>{field} must be at most {limit}.</source>
            <translation>Поле «{field}» должно быть не больше {limit}.</translation>
        </message>
        <message>
            <source>{field} must be a date like 2024-03-31.</source>
            <translation>Поле «{field}» должно быть датой вида 2024-03-31.</translation>
        </message>
        <message>
            <source>{field} must be a month like 2024-03.</source>
            <translation>Поле «{field}» должно быть месяцем вида 2024-03.</translation>
        </message>
        <message>
            <source>{field} must be one of: {choices}.</source>
            <translation>Поле «{field}» должно принимать одно из значений: {choices}.</translation>
        </message>
        <message>
            <source>{field} must refer to an existing record.</source>
            <translation>Поле «{field}» должно ссылаться на существующую запись.</translation>
        </message>
        <message>
            <source>{field} has more than {limit} items.</source>
            <translation>В поле «{field}» больше {limit} элементов.</translation>
        </message>
        <message>
            <source>{field} must be yes or no.</source>
            <translation>Поле «{field}» должно иметь значение «да» или «нет».</translation>
        </message>
        <message>
            <source>{field} is before the start.</source>
            <translation>«{field}» раньше начала.</translation>
        </message>
        <message>
            <source>{field} is not a known column.</source>
            <translation>«{field}» — неизвестный столбец.</translation>
        </message>
        <message>
            <source>{field} refers to a record that was deleted.</source>
            <translation>Поле «{field}» ссылается на удалённую запись.</translation>
        </message>
    </context>
</TS>
