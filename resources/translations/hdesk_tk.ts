<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM">
    <context>
        <name />
        <message>
            <source>The file {name} does not exist.</source>
            <translation>{name} faýly ýok.</translation>
        </message>
        <message>
            <source>{name} could not be read from the disk; nothing was imported.</source>
            <translation>{name} diskden okap bolmady; hiç zat import edilmedi.</translation>
        </message>
        <message>
            <source>{name} cannot be read: permission denied.</source>
            <translation>{name} faýlyny okap bolanok: rugsat ýok.</translation>
        </message>
        <message>
            <source>{name} is not an hdesk exchange file.</source>
            <translation>{name} hdesk alyş-çalyş faýly däl.</translation>
        </message>
        <message>
            <source>{name} is a working database, not an exchange file; export it with hdesk first.</source>
            <translation>{name} iş maglumatlar binýady, alyş-çalyş faýly däl; ilki ony hdesk bilen eksport ediň.</translation>
        </message>
        <message>
            <source>{name} is larger than hdesk accepts; it was refused.</source>
            <translation>{name} hdesk-iň kabul edýäninden uly; ol ret edildi.</translation>
        </message>
        <message>
            <source>{name} is encrypted: enter its passphrase.</source>
            <translation>{name} şifrlenen: onuň açar sözüni giriziň.</translation>
        </message>
        <message>
            <source>Wrong passphrase: {name} could not be decrypted.</source>
            <translation>Açar sözi nädogry: {name} faýlyny açyp bolmady.</translation>
        </message>
        <message>
            <source>{name} was written by a newer hdesk; update hdesk to import it.</source>
            <translation>{name} hdesk-iň täze wersiýasy bilen ýazylan; ony import etmek üçin hdesk-i täzeläň.</translation>
        </message>
        <message>
            <source>{name} has a structure hdesk did not write; it was refused.</source>
            <translation>{name} faýlynyň gurluşyny hdesk ýazmandyr; ol ret edildi.</translation>
        </message>
        <message>
            <source>{name} is damaged or was changed on the way; it was refused.</source>
            <translation>{name} zaýalanypdyr ýa-da ýolda üýtgedilipdir; ol ret edildi.</translation>
        </message>
        <message>
            <source>{name} took too long to read; it was refused.</source>
            <translation>{name} faýlyny okamak gaty köp wagt aldy; ol ret edildi.</translation>
        </message>
        <message>
            <source>{name} holds values this database cannot accept; nothing was imported.</source>
            <translation>{name} faýlynda bu maglumatlar binýadynyň kabul edip bilmeýän bahalary bar; hiç zat import edilmedi.</translation>
        </message>
        <message>
            <source>The database changed while the import was being prepared; nothing was imported. Import again.</source>
            <translation>Import taýýarlanýarka maglumatlar binýady üýtgedi; hiç zat import edilmedi. Täzeden import ediň.</translation>
        </message>
        <message>
            <source>This database is open in another hdesk window; close it there first.</source>
            <translation>Bu maglumatlar binýady başga bir hdesk penjiresinde açyk; ilki ony şol ýerde ýapyň.</translation>
        </message>
        <message>
            <source>Nothing was imported: {detail}</source>
            <translation>Hiç zat import edilmedi: {detail}</translation>
        </message>
        <message>
            <source>The folder for {name} does not exist; nothing was written.</source>
            <translation>{name} üçin bukja ýok; hiç zat ýazylmady.</translation>
        </message>
        <message>
            <source>{name} could not be written; nothing was changed.</source>
            <translation>{name} faýlyny ýazyp bolmady; hiç zat üýtgedilmedi.</translation>
        </message>
        <message>
            <source>{name} cannot be written here: permission denied.</source>
            <translation>{name} faýlyny şu ýere ýazyp bolanok: rugsat ýok.</translation>
        </message>
        <message>
            <source>The database is damaged, so nothing was exported. Restore a backup.</source>
            <translation>Maglumatlar binýady zaýalanypdyr, şonuň üçin hiç zat eksport edilmedi. Ätiýaçlyk nusgany dikeldiň.</translation>
        </message>
        <message>
            <source>The passphrase is empty.</source>
            <translation>Açar sözi boş.</translation>
        </message>
        <message>
            <source>The export failed: {detail}</source>
            <translation>Eksport şowsuz boldy: {detail}</translation>
        </message>
        <message>
            <source>Details: {detail}</source>
            <translation>Jikme-jiklikler: {detail}</translation>
        </message>
        <message>
            <source>{name} is not a database file.</source>
            <translation>{name} maglumatlar binýadynyň faýly däl.</translation>
        </message>
        <message>
            <source>{name} is a database, but not an hdesk file.</source>
            <translation>{name} maglumatlar binýady, emma hdesk faýly däl.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of hdesk. Please update hdesk to open it.</source>
            <translation>{name} hdesk-iň has täze wersiýasynda döredildi. Ony açmak üçin hdesk-i täzeläň.</translation>
        </message>
        <message>
            <source>{name} is damaged. It was not changed; restore a backup to go on working.</source>
            <translation>{name} zaýalanypdyr. Oňa üýtgeşme girizilmedi; işi dowam etmek üçin ätiýaçlyk nusgany dikeldiň.</translation>
        </message>
        <message>
            <source>{name} cannot be written to.</source>
            <translation>{name} faýlyna ýazyp bolanok.</translation>
        </message>
        <message>
            <source>{name} is open in another hdesk window or program. Close it there first.</source>
            <translation>{name} başga bir hdesk penjiresinde ýa-da programmada açyk. Ilki ony şol ýerde ýapyň.</translation>
        </message>
        <message>
            <source>{name} could not be read from the disk.</source>
            <translation>{name} diskden okap bolmady.</translation>
        </message>
        <message>
            <source>{name} is too large to be an hdesk file.</source>
            <translation>{name} hdesk faýly bolmak üçin örän uly.</translation>
        </message>
        <message>
            <source>{name} has an unexpected structure and was not opened.</source>
            <translation>{name} faýlynyň gurluşy garaşylmadyk, ol açylmady.</translation>
        </message>
        <message>
            <source>File on a removable drive</source>
            <translation>Aýrylýan göterijidäki faýl</translation>
        </message>
        <message>
            <source>{name} is on a removable drive or a network share. Working on it there can lose data if the drive is pulled out.</source>
            <translation>{name} aýrylýan göterijide ýa-da tor bukjasynda ýerleşýär. Iş wagtynda göteriji aýrylsa, maglumatlar ýitip biler.</translation>
        </message>
        <message>
            <source>Work on a local copy</source>
            <translation>Ýerli nusga bilen işlemek</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Diňe okamak üçin açmak</translation>
        </message>
        <message>
            <source>This file is on a removable drive, so it is open read-only.</source>
            <translation>Bu faýl aýrylýan göterijide, şonuň üçin diňe okamak üçin açyldy.</translation>
        </message>
        <message>
            <source>You may not change this file, so it is open read-only.</source>
            <translation>Bu faýly üýtgetmäge hukugyňyz ýok, şonuň üçin ol diňe okamak üçin açyldy.</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation>Faýly açyp bolanok</translation>
        </message>
        <message>
            <source>{name} could not be opened ({reason}).</source>
            <translation>{name} açylmady ({reason}).</translation>
        </message>
        <message>
            <source>uuid is not a valid identifier (leave it empty for a new partner).</source>
            <translation>uuid dogry kesgitleýji däl (täze hyzmatdaş üçin boş goýuň).</translation>
        </message>
        <message>
            <source>This uuid appears on an earlier row too.</source>
            <translation>Bu uuid ýokarky setirleriň birinde hem bar.</translation>
        </message>
        <message>
            <source>“{column}” holds a formula; hdesk never calculates formulas, paste the value instead.</source>
            <translation>«{column}» sütüninde formula bar; hdesk formulalary hasaplamaýar, onuň ýerine bahany goýuň.</translation>
        </message>
        <message>
            <source>“{column}” does not name a partner in this file or the database.</source>
            <translation>«{column}» bu faýlda ýa-da maglumatlar binýadynda hiç bir hyzmatdaşy görkezmeýär.</translation>
        </message>
        <message>
            <source>“{column}” matches more than one partner; give partner_uuid instead.</source>
            <translation>«{column}» birden köp hyzmatdaşa gabat gelýär; onuň ýerine partner_uuid görkeziň.</translation>
        </message>
        <message>
            <source>The sheet has no “{column}” column.</source>
            <translation>Sahypada «{column}» sütüni ýok.</translation>
        </message>
        <message>
            <source>The column “{column}” appears twice.</source>
            <translation>«{column}» sütüni iki gezek gabat gelýär.</translation>
        </message>
        <message>
            <source>Stakeholder map</source>
            <translation>Hyzmatdaşlar kartasy</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Indiki ädimler</translation>
        </message>
        <message>
            <source>Import Partners from Spreadsheet…</source>
            <translation>Hyzmatdaşlary tablisadan getirmek…</translation>
        </message>
        <message>
            <source>Export Partners to Spreadsheet…</source>
            <translation>Hyzmatdaşlary tablisa çykarmak…</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Hyzmatdaşlary getirmek</translation>
        </message>
        <message>
            <source>This file is open read-only.</source>
            <translation>Bu faýl diňe okamak üçin açyk.</translation>
        </message>
        <message>
            <source>Import Partners from Spreadsheet</source>
            <translation>Hyzmatdaşlary tablisadan getirmek</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Tablisalar (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Partners imported: </source>
            <translation>Getirilen hyzmatdaşlar: </translation>
        </message>
        <message>
            <source>Export Partners to Spreadsheet</source>
            <translation>Hyzmatdaşlary tablisa çykarmak</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel kitaby (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Partners exported to {files}.</source>
            <translation>Hyzmatdaşlar {files} faýlyna çykaryldy.</translation>
        </message>
        <message>
            <source>Export partners</source>
            <translation>Hyzmatdaşlary çykarmak</translation>
        </message>
        <message>
            <source>The spreadsheet could not be written.</source>
            <translation>Tablisany ýazyp bolmady.</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Täze maglumatlar binýady…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Açmak…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Soňky faýllar</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>&amp;Nusgasyny başga at bilen ýatda saklamak…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Çykmak</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Yzyna almak</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gaýtalamak</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Täze ýazgy</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Nusgalamak</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Pozmak…</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Süzgüç</translation>
        </message>
        <message>
            <source>&amp;Edit record</source>
            <translation>Ýazgyny ü&amp;ýtgetmek</translation>
        </message>
        <message>
            <source>Plan &amp;settings…</source>
            <translation>Meýilnamanyň &amp;sazlamalary…</translation>
        </message>
        <message>
            <source>&amp;About hdesk</source>
            <translation>hdesk &amp;barada</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Möhlet</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Ýagdaý</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Hyzmatdaş</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Indiki ädim</translation>
        </message>
        <message>
            <source>Engagement date</source>
            <translation>Gatnaşygyň senesi</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Soňky gatnaşyk</translation>
        </message>
        <message>
            <source>never</source>
            <translation>hiç haçan</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Aý</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Möhleti</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Galan günler</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Ylalaşyk</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Ýerine ýetirildi diýip bellemek</translation>
        </message>
        <message>
            <source>Overdue and upcoming follow-ups</source>
            <translation>Möhleti geçen we ýakynlaşýan ädimler</translation>
        </message>
        <message>
            <source>Agreements expiring within 90 days</source>
            <translation>90 günüň içinde möhleti gutarýan ylalaşyklar</translation>
        </message>
        <message>
            <source>Export Plan PDF…</source>
            <translation>Meýilnamany PDF görnüşinde çykarmak…</translation>
        </message>
        <message>
            <source>Print the annual plan to a PDF for the board</source>
            <translation>Ýyllyk meýilnamany Geňeş üçin PDF görnüşinde çap etmek</translation>
        </message>
        <message>
            <source>Export Plan PDF</source>
            <translation>Meýilnamany PDF görnüşinde çykarmak</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the plan PDF…</source>
            <translation>Meýilnamanyň PDF faýly taýýarlanýar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ýatyr</translation>
        </message>
        <message>
            <source>Plan PDF saved: %1</source>
            <translation>Meýilnamanyň PDF faýly ýatda saklandy: %1</translation>
        </message>
        <message>
            <source>The plan was saved as %1. Open it now?</source>
            <translation>Meýilnama %1 ady bilen ýatda saklandy. Ony häzir açmalymy?</translation>
        </message>
        <message>
            <source>PDF export cancelled; no file was written.</source>
            <translation>PDF çykarmak ýatyryldy; faýl ýazylmady.</translation>
        </message>
        <message>
            <source>This file has no plan to print yet.</source>
            <translation>Bu faýlda entek çap etmek üçin meýilnama ýok.</translation>
        </message>
        <message>
            <source>There is no plan for %1 to print.</source>
            <translation>Çap etmek üçin %1 ýylyň meýilnamasy ýok.</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>PDF faýlyny ýazyp bolmady: %1</translation>
        </message>
        <message>
            <source>The PDF could not be made: %1</source>
            <translation>PDF faýlyny döredip bolmady: %1</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Gündelik nusga</translation>
        </message>
        <message>
            <source>Taken by hand</source>
            <translation>El bilen alnan</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Dikeltmezden öň</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Birleşdirmezden öň</translation>
        </message>
        <message>
            <source>Before an import from another office</source>
            <translation>Başga edaradan getirmezden öň</translation>
        </message>
        <message>
            <source>Before a spreadsheet import</source>
            <translation>Tablisany getirmezden öň</translation>
        </message>
        <message>
            <source>Before the year-end rollover</source>
            <translation>Täze ýyla geçmezden öň</translation>
        </message>
        <message>
            <source>Before an upgrade of the file</source>
            <translation>Faýlyň formatyny täzelemezden öň</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>Okap bolanok</translation>
        </message>
        <message>
            <source>{objectives} objectives, {partners} partners, {departments} departments, {campaigns} campaigns</source>
            <translation>{objectives} wezipe, {partners} hyzmatdaş, {departments} bölüm, {campaigns} kampaniýa</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Senesi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Sebäbi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ölçegi</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Mazmuny</translation>
        </message>
        <message>
            <source>Backups of {name}</source>
            <translation>{name} faýlynyň ätiýaçlyk nusgalary</translation>
        </message>
        <message>
            <source>hdesk keeps a copy of this file every day you open it, and before every merge, import, upgrade and restore. Backups are kept in {folder}.</source>
            <translation>hdesk bu faýly açan her günüňiz, şeýle hem her birleşdirmeden, getirmeden, täzelemeden we dikeltmeden öň onuň nusgasyny saklaýar. Ätiýaçlyk nusgalar {folder} bukjasynda saklanýar.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Häzir nusga almak</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Dikeltmek…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Ätiýaçlyk nusgalar</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Ätiýaçlyk nusgadan dikeltmek</translation>
        </message>
        <message>
            <source>Replace {name} with the backup of {date}?

Changes made since then will no longer be in the file. The current state is backed up first, so you can come back to it.</source>
            <translation>{name} faýly {date} senesindäki ätiýaçlyk nusga bilen çalşyrylsynmy?

Şondan soň girizilen üýtgeşmeler faýlda galmaz. Häzirki ýagdaýyň ilki nusgasy alynýar, şonuň üçin oňa gaýdyp gelip bolar.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Dikeltmek</translation>
        </message>
        <message>
            <source>The backup was restored; the previous state was backed up first.</source>
            <translation>Ätiýaçlyk nusga dikeldildi; öňki ýagdaýyň ilki nusgasy alyndy.</translation>
        </message>
        <message>
            <source>{name} is open in another hdesk window. Close it there, then restore.</source>
            <translation>{name} başga bir hdesk penjiresinde açyk. Ony şol ýerde ýapyň, soňra dikeldiň.</translation>
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation>Ätiýaçlyk nusga dikeldilmedi</translation>
        </message>
        <message>
            <source>The file is damaged</source>
            <translation>Faýl zaýalanypdyr</translation>
        </message>
        <message>
            <source>{name} is damaged: some of its contents cannot be read. This can happen after a power cut, a full disk or a drive pulled out while writing. hdesk has not changed the file.</source>
            <translation>{name} zaýalanypdyr: onuň mazmunynyň bir bölegini okap bolanok. Bu tok öçende, disk dolanda ýa-da ýazylyp durka göteriji aýrylanda bolup biler. hdesk faýly üýtgetmedi.</translation>
        </message>
        <message>
            <source>The newest good backup is from {date}. Restoring it replaces the damaged file; changes made after that backup are lost. The damaged file is kept aside in the backups folder.</source>
            <translation>Iň soňky sagdyn ätiýaçlyk nusga {date} senesinde alnypdyr. Ony dikeltmek zaýalanan faýly çalşyrar; şol nusgadan soňky üýtgeşmeler ýiter. Zaýalanan faýl ätiýaçlyk nusgalar bukjasynda aýratyn saklanýar.</translation>
        </message>
        <message>
            <source>There is no good backup of this file. Keep the file as it is and ask for help; do not delete it.</source>
            <translation>Bu faýlyň sagdyn ätiýaçlyk nusgasy ýok. Faýly bolşy ýaly goýuň we kömek soraň; ony pozmaň.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Ätiýaçlyk nusgany dikeltmek</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Ätiýaçlyk nusgalar…</translation>
        </message>
        <message>
            <source>Browse the automatic backups of this file and restore one</source>
            <translation>Bu faýlyň awtomatik ätiýaçlyk nusgalaryny görmek we birini dikeltmek</translation>
        </message>
        <message>
            <source>{name} is open for editing in another hdesk window, so here it is open read-only.</source>
            <translation>{name} başga hdesk penjiresinde üýtgetmek üçin açyk, şonuň üçin bu ýerde diňe okamak üçin açyldy.</translation>
        </message>
        <message>
            <source>Close the other window and open the file again to edit it.</source>
            <translation>Beýleki penjiräni ýapyň we üýtgetmek üçin faýly täzeden açyň.</translation>
        </message>
        <message>
            <source>Daily backup taken.</source>
            <translation>Gündelik nusga alyndy.</translation>
        </message>
        <message>
            <source>The daily backup could not be taken: {reason}</source>
            <translation>Gündelik nusgany alyp bolmady: {reason}</translation>
        </message>
        <message>
            <source>File on a removable drive or network share</source>
            <translation>Aýrylýan göterijidäki ýa-da tor bukjasyndaky faýl</translation>
        </message>
        <message>
            <source>{name} is on a USB drive or a network share. If the drive is pulled out or the network drops while hdesk writes, recent work can be lost or the file damaged.

Work on a copy on this computer (recommended), or look at the file read-only.</source>
            <translation>{name} USB göterijide ýa-da tor bukjasynda ýerleşýär. hdesk ýazyp durka göteriji aýrylsa ýa-da tor kesilse, soňky işler ýitip ýa-da faýl zaýalanyp biler.

Bu kompýuterdäki nusga bilen işläň (maslahat berilýär) ýa-da faýly diňe okamak üçin açyň.</translation>
        </message>
        <message>
            <source>Keep working there</source>
            <translation>Şol ýerde işlemegi dowam etmek</translation>
        </message>
        <message>
            <source>The local copy could not be made: {reason}</source>
            <translation>Ýerli nusgany döredip bolmady: {reason}</translation>
        </message>
        <message>
            <source>You are working on a local copy: {path}</source>
            <translation>Siz ýerli nusga bilen işleýärsiňiz: {path}</translation>
        </message>
        <message>
            <source>This file is on a removable drive or network share, so it is open read-only.</source>
            <translation>Bu faýl aýrylýan göterijide ýa-da tor bukjasynda, şonuň üçin diňe okamak üçin açyldy.</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>saklandy</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>pozuldy</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(boş)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>hawa</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ýok</translation>
        </message>
        <message>
            <source>Record kept or deleted</source>
            <translation>Ýazgy saklandy ýa-da pozuldy</translation>
        </message>
        <message>
            <source>this office</source>
            <translation>şu ofis</translation>
        </message>
        <message>
            <source>another office</source>
            <translation>başga ofis</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>düzediş</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>gapma-garşylyk</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>saýlaw</translation>
        </message>
        <message>
            <source>Export for Another Office…</source>
            <translation>Başga ofis üçin eksport…</translation>
        </message>
        <message>
            <source>Write a file to carry to another office (optionally with a passphrase)</source>
            <translation>Başga ofise eltmek üçin faýl ýazmak (isleseňiz açar sözi bilen)</translation>
        </message>
        <message>
            <source>Import from Another Office…</source>
            <translation>Başga ofisden import…</translation>
        </message>
        <message>
            <source>Merge a file from another office; you see what changes before it is applied</source>
            <translation>Başga ofisiň faýlyny birleşdirmek; ulanmazdan öň näme üýtgejekdigini görersiňiz</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Gapma-garşylyklar</translation>
        </message>
        <message>
            <source>Checking {name} for damage…</source>
            <translation>{name} zeperlenmä barlanýar…</translation>
        </message>
        <message>
            <source>{name} passed its check.</source>
            <translation>{name} barlagdan geçdi.</translation>
        </message>
        <message>
            <source>{name} is damaged, so it is open read-only. Restore a backup to go on working.</source>
            <translation>{name} zeperlenen, şonuň üçin diňe okamak üçin açyk. Işi dowam etdirmek üçin ätiýaçlyk nusgany dikeldiň.</translation>
        </message>
        <message>
            <source>There is no plan for {year} to start from.</source>
            <translation>Başlamak üçin {year} ýylyň meýilnamasy ýok.</translation>
        </message>
        <message>
            <source>A plan for {year} exists already.</source>
            <translation>{year} ýylyň meýilnamasy eýýäm bar.</translation>
        </message>
        <message>
            <source>The new year must come after {year}.</source>
            <translation>Täze ýyl {year} ýyldan soň bolmaly.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Meýilleşdirildi</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Ýerine ýetirilýär</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ýerine ýetirildi</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Yza süýşürildi</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ýatyryldy</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Hawa</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>bellenmedik</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>ÝÝÝÝ-AA</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÝÝÝÝ-AA-GG</translation>
        </message>
        <message>
            <source>Pick…</source>
            <translation>Saýla…</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— bellenmedik —</translation>
        </message>
        <message>
            <source>(deleted record)</source>
            <translation>(pozulan ýazgy)</translation>
        </message>
        <message>
            <source>Another Society…</source>
            <translation>Başga jemgyýet…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Goşmak</translation>
        </message>
        <message>
            <source>Start next year</source>
            <translation>Indiki ýyly başlamak</translation>
        </message>
        <message>
            <source>There is no plan to start from.</source>
            <translation>Başlamak üçin meýilnama ýok.</translation>
        </message>
        <message>
            <source>Plan {year} started with {n} objectives.</source>
            <translation>{year} ýylyň meýilnamasy {n} wezipe bilen başlandy.</translation>
        </message>
        <message>
            <source>Nothing was changed: {why}</source>
            <translation>Hiç zat üýtgedilmedi: {why}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Faýl</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Ü&amp;ýtgetmek</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Görnüş</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Meýilnama</translation>
        </message>
        <message>
            <source>Pa&amp;rtners</source>
            <translation>&amp;Hyzmatdaşlar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Kömek</translation>
        </message>
        <message>
            <source>Plan year</source>
            <translation>Meýilnama ýyly</translation>
        </message>
        <message>
            <source>Plan year:</source>
            <translation>Meýilnama ýyly:</translation>
        </message>
        <message>
            <source>no plan yet</source>
            <translation>entek meýilnama ýok</translation>
        </message>
        <message>
            <source>Plan {year}</source>
            <translation>{year} ýylyň meýilnamasy</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Meýilnama ýok</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(diňe okamak üçin)</translation>
        </message>
        <message>
            <source>Nothing you see can be changed or lost.</source>
            <translation>Görýän zatlaryňyzyň hiç birini üýtgedip ýa-da ýitirip bolmaýar.</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Diňe okamak üçin</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Ähli üýtgeşmeler ýatda saklandy</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name} açyldy.</translation>
        </message>
        <message>
            <source>Choose the Objectives, Departments, Partners or Campaigns tab first.</source>
            <translation>Ilki «Wezipeler», «Bölümler», «Hyzmatdaşlar» ýa-da «Kampaniýalar» bölümini saýlaň.</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Soňky faýllar ýok</translation>
        </message>
        <message>
            <source>About hdesk</source>
            <translation>hdesk barada</translation>
        </message>
        <message>
            <source>hdesk {version}
Humanitarian diplomacy desk for Red Cross and Red Crescent National Societies: annual plans, partners and campaigns, offline.</source>
            <translation>hdesk {version}
Gyzyl Haç we Gyzyl Ýarymaý Milli jemgyýetleri üçin ynsanperwer diplomatiýa iş ýeri: ýyllyk meýilnamalar, hyzmatdaşlar we kampaniýalar, internetsiz.</translation>
        </message>
        <message>
            <source>That record no longer exists.</source>
            <translation>Bu ýazgy indi ýok.</translation>
        </message>
    </context>
    <context>
        <name>CampaignsTab</name>
        <message>
            <source>Objectives and partners</source>
            <translation>Wezipeler we hyzmatdaşlar</translation>
        </message>
        <message>
            <source>Add campaign</source>
            <translation>Kampaniýa goşmak</translation>
        </message>
        <message>
            <source>No campaigns yet — click Add campaign to plan a joint campaign with other Societies.</source>
            <translation>Entek kampaniýa ýok — beýleki jemgyýetler bilen bilelikdäki kampaniýany meýilleşdirmek üçin «Kampaniýa goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Ähli ýagdaýlar</translation>
        </message>
        <message>
            <source>National and regional</source>
            <translation>Milli we sebitleýin</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Täze kampaniýa</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Use this value</source>
            <translation>Şu bahany ulan</translation>
        </message>
        <message>
            <source>Looking for conflicts…</source>
            <translation>Gapma-garşylyklar gözlenýär…</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed differently in two offices. Choose the value to keep.</source>
            <translation>
                <numerusform>%n meýdan iki ofisde dürli görnüşde üýtgedildi. Saklamaly bahany saýlaň.</numerusform>
                <numerusform>%n meýdan iki ofisde dürli görnüşde üýtgedildi. Saklamaly bahany saýlaň.</numerusform>
            </translation>
        </message>
        <message>
            <source>No conflicts: every office's edits fit together.</source>
            <translation>Gapma-garşylyk ýok: ähli ofisleriň düzedişleri özara gabat gelýär.</translation>
        </message>
        <message>
            <source>Choose a value in a conflict</source>
            <translation>Gapma-garşylykda bahany saýlamak</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsTab</name>
        <message>
            <source>Objectives it touches</source>
            <translation>Degişli wezipeler</translation>
        </message>
        <message>
            <source>Add department</source>
            <translation>Bölüm goşmak</translation>
        </message>
        <message>
            <source>No departments yet — click Add department to list the departments of your Society.</source>
            <translation>Entek bölüm ýok — Jemgyýetiňiziň bölümlerini sanamak üçin «Bölüm goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Wezipeler</translation>
        </message>
        <message>
            <source>New department</source>
            <translation>Täze bölüm</translation>
        </message>
        <message>
            <source>{name} is a point of contact for {n} objective(s). Double-click one to open it.</source>
            <translation>{name}: {n} wezipe üçin utgaşýan nokat. Açmak üçin wezipä iki gezek basyň.</translation>
        </message>
        <message>
            <source>{name} has no role in this plan's objectives yet. Add it on an objective's Departments page.</source>
            <translation>{name} bölüminiň bu meýilnamanyň wezipelerinde entek roly ýok. Ony wezipäniň «Bölümler» sahypasynda goşuň.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export for Another Office</source>
            <translation>Başga ofis üçin eksport</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Saýla…</translation>
        </message>
        <message>
            <source>Protect with a passphrase (recommended on USB sticks)</source>
            <translation>Açar sözi bilen goramak (USB fleşkalar üçin maslahat berilýär)</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Şeýle ýazdyr:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Açar sözi:</translation>
        </message>
        <message>
            <source>Passphrase again:</source>
            <translation>Açar sözi gaýtadan:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Faýly nirä ýazdyrmalydygyny saýlaň.</translation>
        </message>
        <message>
            <source>The passphrase needs at least 8 characters.</source>
            <translation>Açar sözi azyndan 8 nyşandan ybarat bolmaly.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Iki açar sözi biri-birine gabat gelmeýär.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksport edilýär…</translation>
        </message>
        <message>
            <source>Exported. Carry the file to the other office and import it there.</source>
            <translation>Eksport tamamlandy. Faýly beýleki ofise eltiň we şol ýerde import ediň.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to hdesk</source>
            <translation>hdesk-e hoş geldiňiz</translation>
        </message>
        <message>
            <source>This file is new. Tell hdesk who you are and which year's plan you are writing.</source>
            <translation>Bu täze faýl. Kimdigiňizi we haýsy ýylyň meýilnamasyny düzýändigiňizi görkeziň.</translation>
        </message>
        <message>
            <source>Annual plan on humanitarian diplomacy</source>
            <translation>Ynsanperwer diplomatiýa boýunça ýyllyk meýilnama</translation>
        </message>
        <message>
            <source>Annual plan on humanitarian diplomacy {year}</source>
            <translation>Ynsanperwer diplomatiýa boýunça {year} ýylyň ýyllyk meýilnamasy</translation>
        </message>
        <message>
            <source>Create plan</source>
            <translation>Meýilnama döretmek</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsTab</name>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>möhleti %n gün geçdi</numerusform>
                <numerusform>möhleti %n gün geçdi</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>möhleti şu gün</translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>möhletine %n gün galdy</numerusform>
                <numerusform>möhletine %n gün galdy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners not contacted for %n month(s) or more</source>
            <translation>
                <numerusform>%n aý we ondan köp wagt bäri habarlaşylmadyk hyzmatdaşlar</numerusform>
                <numerusform>%n aý we ondan köp wagt bäri habarlaşylmadyk hyzmatdaşlar</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark follow-up done</source>
            <translation>Ädimi ýerine ýetirildi diýip bellemek</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of this %1</source>
            <translation>Ýazgynyň taryhy: %1</translation>
        </message>
        <message>
            <source>Newest first. Values that lost a conflict stay here.</source>
            <translation>Iň täzesi ilki. Gapma-garşylykda utulan bahalar şu ýerde saklanýar.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from Another Office</source>
            <translation>Başga ofisden import</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Saýla…</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Açar sözi:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Faýl:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Deslapky syn</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Getirmek</translation>
        </message>
        <message>
            <source>hdesk exchange files (*.hdesk *.hdeskx)</source>
            <translation>hdesk alyş-çalyş faýllary (*.hdesk *.hdeskx)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Faýl barlanýar…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import edilýär…</translation>
        </message>
        <message>
            <source>an office with no name</source>
            <translation>atsyz ofis</translation>
        </message>
        <message>
            <source>From %1: nothing new; this file was already imported.</source>
            <translation>Çeşme: %1 — täze zat ýok; bu faýl eýýäm import edildi.</translation>
        </message>
        <message>
            <source>From %1. Import these changes? A backup is taken first.</source>
            <translation>Çeşme: %1. Bu üýtgeşmeler import edilsinmi? Ilki ätiýaçlyk nusga alynýar.</translation>
        </message>
        <message>
            <source>Imported. Conflicts: %1 (see Edit → Conflicts).</source>
            <translation>Import tamamlandy. Gapma-garşylyklar: %1 (Üýtgetmek → Gapma-garşylyklar).</translation>
        </message>
        <message>
            <source>The other office's PC clock seems more than a day ahead.</source>
            <translation>Beýleki ofisiň kompýuteriniň sagady bir günden köp öňe geçen ýaly.</translation>
        </message>
        <message>
            <source>Save Report as PDF…</source>
            <translation>Hasabaty PDF görnüşinde ýazdyr…</translation>
        </message>
        <message>
            <source>Save merge report</source>
            <translation>Birleşdirme hasabatyny ýazdyr</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report was saved as %1.</source>
            <translation>Hasabat ýazdyryldy: %1.</translation>
        </message>
        <message>
            <source>The report could not be saved: %1</source>
            <translation>Hasabaty ýazdyryp bolmady: %1</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Duplicate</source>
            <translation>Nusgalamak</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Pozmak</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)…</source>
            <translation>Süzgüç (Ctrl+F)…</translation>
        </message>
        <message>
            <source>No rows match the filter. Clear the filter box to see all rows.</source>
            <translation>Süzgüje gabat gelýän setir ýok. Ähli setirleri görmek üçin süzgüç meýdanyny arassalaň.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Maglumat</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Goşmak</translation>
        </message>
        <message>
            <source>Nothing here yet — click Add to create the first record.</source>
            <translation>Bu ýerde entek hiç zat ýok — ilkinji ýazgyny döretmek üçin «Goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>Add {what}</source>
            <translation>Goşmak: {what}</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (nusga)</translation>
        </message>
        <message>
            <source>Duplicate {what}</source>
            <translation>Nusgalamak: {what}</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>«{name}» pozulsynmy?</translation>
        </message>
        <message>
            <source>Delete {n} records?</source>
            <translation>{n} ýazgy pozulsynmy?</translation>
        </message>
        <message>
            <source>Records that belong to it are deleted too. You can undo this with Ctrl+Z.</source>
            <translation>Oňa degişli ýazgylar hem pozular. Muny Ctrl+Z bilen yzyna alyp bolýar.</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Pozmak: {what}</translation>
        </message>
        <message>
            <source>Deleted {n} record(s).</source>
            <translation>Pozulan ýazgylar: {n}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Umumy syn</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Wezipeler</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Bölümler</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Hyzmatdaşlar</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampaniýalar</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Ähli üýtgeşmeler ýatda saklandy</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>{name} açylýar…</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Täze maglumatlar binýady</translation>
        </message>
        <message>
            <source>hdesk files (*.hdesk)</source>
            <translation>hdesk faýllary (*.hdesk)</translation>
        </message>
        <message>
            <source>{name} exists already; open it instead.</source>
            <translation>{name} eýýäm bar; onuň ýerine şony açyň.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Maglumatlar binýadyny açmak</translation>
        </message>
        <message>
            <source>hdesk files (*.hdesk);;All files (*)</source>
            <translation>hdesk faýllary (*.hdesk);;Ähli faýllar (*)</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Nusgany başga at bilen ýatda saklamak</translation>
        </message>
        <message>
            <source>Writing a copy to {name}…</source>
            <translation>Nusga {name} faýlyna ýazylýar…</translation>
        </message>
        <message>
            <source>A copy was saved as {name}.</source>
            <translation>Nusga {name} ady bilen ýatda saklandy.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Nusgany ýatda saklamak</translation>
        </message>
        <message>
            <source>The copy was not saved: {reason}</source>
            <translation>Nusga ýatda saklanmady: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <source>No objective</source>
            <translation>Wezipesiz</translation>
        </message>
        <message>
            <source>{department} on {objective}: {role}</source>
            <translation>{department}, {objective} wezipesinde: {role}</translation>
        </message>
        <message>
            <source>No role on any objective of this plan</source>
            <translation>Bu meýilnamanyň hiç bir wezipesinde roly ýok</translation>
        </message>
        <message>
            <source>Points of contact</source>
            <translation>Utgaşýan nokatlar</translation>
        </message>
        <message>
            <source>Objectives without a goal</source>
            <translation>Maksatsyz wezipeler</translation>
        </message>
        <message>
            <source>No lead department</source>
            <translation>Jogapkär bölüm ýok</translation>
        </message>
        <message>
            <source>L</source>
            <comment>lead</comment>
            <translation>J</translation>
        </message>
        <message>
            <source>C</source>
            <comment>contributes</comment>
            <translation>G</translation>
        </message>
        <message>
            <source>Co</source>
            <comment>consulted</comment>
            <translation>M</translation>
        </message>
        <message>
            <source>I</source>
            <comment>informed</comment>
            <translation>H</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>jogapkär</translation>
        </message>
        <message>
            <source>contributes</source>
            <translation>goşant goşýar</translation>
        </message>
        <message>
            <source>consulted</source>
            <translation>maslahat berýär</translation>
        </message>
        <message>
            <source>informed</source>
            <translation>habardar edilýär</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>roly ýok</translation>
        </message>
    </context>
    <context>
        <name>MatrixWidget</name>
        <message>
            <source>Click, Space or Enter: next role · Shift: previous · Delete: none</source>
            <translation>Basmak, Boşluk ýa-da Enter: indiki rol · Shift: öňki · Delete: rolsuz</translation>
        </message>
        <message>
            <source>No plan yet: create a plan to see its points of contact.</source>
            <translation>Entek meýilnama ýok: utgaşýan nokatlary görmek üçin meýilnama dörediň.</translation>
        </message>
        <message>
            <source>Points of contact — {title}</source>
            <translation>Utgaşýan nokatlar — {title}</translation>
        </message>
        <message>
            <source>Objectives without a lead: {codes}.</source>
            <translation>Jogapkärsiz wezipeler: {codes}.</translation>
        </message>
        <message>
            <source>Departments with no objective: {names}.</source>
            <translation>Wezipesiz bölümler: {names}.</translation>
        </message>
        <message>
            <source>Every objective has a lead; every department has a role.</source>
            <translation>Her wezipäniň jogapkäri, her bölümiň roly bar.</translation>
        </message>
        <message>
            <source>Overlap warnings: partners approached by different departments for different objectives ({n})</source>
            <translation>Gabat gelmeler: dürli bölümleriň dürli wezipeler boýunça ýüz tutýan hyzmatdaşlary ({n})</translation>
        </message>
        <message>
            <source>This file is open read-only.</source>
            <translation>Bu faýl diňe okamak üçin açyk.</translation>
        </message>
        <message>
            <source>Set role of {department} on {objective}</source>
            <translation>{department} bölüminiň {objective} wezipesindäki roly</translation>
        </message>
        <message>
            <source>That objective or department no longer exists.</source>
            <translation>Bu wezipe ýa-da bölüm indi ýok.</translation>
        </message>
        <message>
            <source>Points of contact</source>
            <translation>Utgaşýan nokatlar</translation>
        </message>
        <message>
            <source>Start Next Year…</source>
            <translation>Indiki ýyly başlamak…</translation>
        </message>
        <message>
            <source>Year-end Review</source>
            <translation>Ýylyň jemi</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesTab</name>
        <message>
            <source>No departments linked yet — click Add department role to say who contributes.</source>
            <translation>Entek bölüm baglanmady — kimiň goşant goşýandygyny görkezmek üçin «Bölümiň roluny goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>Add department role</source>
            <translation>Bölümiň roluny goşmak</translation>
        </message>
        <message>
            <source>No activities yet — click Add activity to plan the steps of this objective.</source>
            <translation>Entek çäre ýok — bu wezipäniň ädimlerini meýilleşdirmek üçin «Çäre goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Täze çäre</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Bölümler</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Çäreler</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Wezipe goşmak</translation>
        </message>
        <message>
            <source>There is no plan yet — open Plan ▸ Plan settings to start this year's plan.</source>
            <translation>Entek meýilnama ýok — şu ýylyň meýilnamasyny başlamak üçin «Meýilnama ▸ Meýilnamanyň sazlamalary» bölümini açyň.</translation>
        </message>
        <message>
            <source>No objectives in this plan yet — click Add objective to write the first one.</source>
            <translation>Bu meýilnamada entek wezipe ýok — ilkinjisini ýazmak üçin «Wezipe goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Maksat</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Jogapkär</translation>
        </message>
        <message>
            <source>Progress / target</source>
            <translation>Ýetilen / maksat</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>Ähli maksatlar</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Ähli ýagdaýlar</translation>
        </message>
        <message>
            <source>Create the plan first: Plan ▸ Plan settings.</source>
            <translation>Ilki meýilnama dörediň: «Meýilnama ▸ Meýilnamanyň sazlamalary».</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Täze wezipe</translation>
        </message>
        <message>
            <source>Every department is linked to this objective already.</source>
            <translation>Ähli bölümler eýýäm bu wezipä baglanan.</translation>
        </message>
    </context>
    <context>
        <name>OfficeFields</name>
        <message>
            <source>Society and office</source>
            <translation>Jemgyýet we edara</translation>
        </message>
        <message>
            <source>e.g. Red Crescent Society of Turkmenistan</source>
            <translation>meselem, Türkmenistanyň Gyzyl Ýarymaý Jemgyýeti</translation>
        </message>
        <message>
            <source>e.g. Head office</source>
            <translation>meselem, Baş edara</translation>
        </message>
        <message>
            <source>Society</source>
            <translation>Jemgyýet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ýurt</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Edara</translation>
        </message>
    </context>
    <context>
        <name>OverlapModel</name>
        <message>
            <source>Partner</source>
            <translation>Hyzmatdaş</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Bölümler</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Wezipeler</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampaniýalar</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>In this file</source>
            <translation>Bu faýlda</translation>
        </message>
        <message>
            <source>Objectives by status</source>
            <translation>Ýagdaýy boýunça wezipeler</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Wezipeler</translation>
        </message>
        <message>
            <source>Overdue and due in the next {days} days</source>
            <translation>Möhleti geçen we indiki {days} günde möhleti dolýan</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Möhlet</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Ýagdaý</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Möhleti geçdi</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Näme</translation>
        </message>
        <message>
            <source>Nothing is overdue or due in the next {days} days.</source>
            <translation>Möhleti geçen ýa-da indiki {days} günde möhleti dolýan zat ýok.</translation>
        </message>
        <message>
            <source>Objectives in this plan</source>
            <translation>Bu meýilnamanyň wezipeleri</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Bölümler</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Hyzmatdaşlar</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampaniýalar</translation>
        </message>
        <message>
            <source>Strategic goals</source>
            <translation>Strategik maksatlar</translation>
        </message>
        <message>
            <source>Your Society</source>
            <translation>Siziň Jemgyýetiňiz</translation>
        </message>
        <message>
            <source>There is no plan yet. Open Plan ▸ Plan settings to start one.</source>
            <translation>Entek meýilnama ýok. Başlamak üçin «Meýilnama ▸ Meýilnamanyň sazlamalary» bölümini açyň.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Ýagdaýy: {status}</translation>
        </message>
        <message>
            <source>Board approval: {date}</source>
            <translation>Geňeşiň tassyklamagy: {date}</translation>
        </message>
    </context>
    <context>
        <name>PartnersTab</name>
        <message>
            <source>No contacts yet — click Add contact to note who you talk to.</source>
            <translation>Entek kontakt ýok — kim bilen gürleşýändigiňizi ýazmak üçin «Kontakt goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Täze kontakt</translation>
        </message>
        <message>
            <source>No engagement yet — click Add engagement after a meeting, call or letter.</source>
            <translation>Entek gatnaşyk ýok — duşuşykdan, jaňdan ýa-da hatdan soň «Gatnaşyk goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>No agreements yet — click Add agreement to record a memorandum or contract.</source>
            <translation>Entek ylalaşyk ýok — ähtnamany ýa-da şertnamany ýazmak üçin «Ylalaşyk goşmak» düwmesine basyň.</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Täze ylalaşyk</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktlar</translation>
        </message>
        <message>
            <source>Engagement log</source>
            <translation>Gatnaşyklar</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Ylalaşyklar</translation>
        </message>
        <message>
            <source>Add partner</source>
            <translation>Hyzmatdaş goşmak</translation>
        </message>
        <message>
            <source>No partners yet — click Add partner or import a spreadsheet.</source>
            <translation>Entek hyzmatdaş ýok — «Hyzmatdaş goşmak» düwmesine basyň ýa-da tablisany getiriň.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Howatyrlar</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Görnüşi</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Ähli görnüşler</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Ähli tapgyrlar</translation>
        </message>
        <message>
            <source>All stances</source>
            <translation>Ähli garaýyşlar</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Täze hyzmatdaş</translation>
        </message>
        <message>
            <source>Caution: working with this partner may put at risk our {principles}.</source>
            <translation>Üns beriň: bu hyzmatdaş bilen işlemek biziň ýörelgelerimize howp salyp biler: {principles}.</translation>
        </message>
    </context>
    <context>
        <name>PlanSettingsDialog</name>
        <message>
            <source>Plan settings</source>
            <translation>Meýilnamanyň sazlamalary</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Meýilnama</translation>
        </message>
        <message>
            <source>There is no plan yet. Use File ▸ New or the first-run questions to start one.</source>
            <translation>Entek meýilnama ýok. Ony «Faýl ▸ Täze» arkaly ýa-da ilkinji açylyşdaky soraglar bilen başlaň.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Same name and country as line {line}; skipped.</source>
            <translation>{line}-nji setirdäki ýaly ady we ýurdy şol bir; geçildi.</translation>
        </message>
        <message>
            <source>Same name and country as an existing record; skipped. Add its uuid to update it.</source>
            <translation>Bar bolan ýazgynyňky ýaly ady we ýurdy şol bir; geçildi. Ony täzelemek üçin onuň uuid-ini goşuň.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Kabul edilmedi</translation>
        </message>
        <message>
            <source>Likely duplicate</source>
            <translation>Gaýtalanma bolmagy ahmal</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Täze</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Täzelemek</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Üýtgemedik</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sahypa</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Setir</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Näme bolar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ady</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Maglumat</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>History…</source>
            <translation>Taryh…</translation>
        </message>
        <message>
            <source>Choose a row on the left to see and edit it here.</source>
            <translation>Bu ýerde görmek we üýtgetmek üçin çepdäki setiri saýlaň.</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Üýtgetmek: {field}</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Wezipe</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Maksat</translation>
        </message>
        <message>
            <source>Lead department</source>
            <translation>Jogapkär bölüm</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ýagdaýy</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Başlangyç baha</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Maksat baha</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ýetilen</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Ýetildi</translation>
        </message>
    </context>
    <context>
        <name>RolloverDialog</name>
        <message>
            <source>Start next year</source>
            <translation>Indiki ýyly başlamak</translation>
        </message>
        <message>
            <source>New plan year: </source>
            <translation>Meýilnamanyň täze ýyly: </translation>
        </message>
        <message>
            <source>Objectives that are not done or cancelled move to the new plan as planned objectives, with this year's progress as their baseline, dates moved on, and the same departments. Done and cancelled objectives stay in {year}. A backup is made first.</source>
            <translation>Ýerine ýetirilmedik we ýatyrylmadyk wezipeler täze meýilnama meýilleşdirilen wezipeler hökmünde geçýär: şu ýylda ýetilen baha başlangyç baha bolýar, möhletler süýşýär, bölümler şol bolup galýar. Ýerine ýetirilen we ýatyrylan wezipeler {year} ýylda galýar. Ilki ätiýaçlyk nusga döredilýär.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Başlamak</translation>
        </message>
        <message>
            <source>New plan: {title} (draft)</source>
            <translation>Täze meýilnama: {title} (taslama)</translation>
        </message>
        <message>
            <source>Moves to {year} ({n}):</source>
            <translation>{year} ýyla geçýär ({n}):</translation>
        </message>
        <message>
            <source>{label} — new baseline {baseline}</source>
            <translation>{label} — täze başlangyç baha {baseline}</translation>
        </message>
        <message>
            <source>Stays in {year} ({n}):</source>
            <translation>{year} ýylda galýar ({n}):</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetImportDialog</name>
        <message>
            <source>Import partners from {name}</source>
            <translation>Hyzmatdaşlary {name} faýlyndan getirmek</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>{name} okalýar…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Getirmek</translation>
        </message>
        <message>
            <source>The spreadsheet could not be read.</source>
            <translation>Tablisany okap bolmady.</translation>
        </message>
        <message>
            <source>Nothing can be imported: {count} problem(s) on {rows} row(s). Correct the spreadsheet and try again.</source>
            <translation>Hiç zat getirip bolanok: {rows} setirde {count} mesele bar. Tablisany düzediň we täzeden synanyşyň.</translation>
        </message>
        <message>
            <source>Partners: {pc} new, {pu} updated. Contacts: {cc} new, {cu} updated. {dups} likely duplicate(s) will be skipped.</source>
            <translation>Hyzmatdaşlar: {pc} täze, {pu} täzelenen. Kontaktlar: {cc} täze, {cu} täzelenen. Gaýtalanma bolmagy ahmal {dups} ýazgy geçiler.</translation>
        </message>
        <message>
            <source>Ignored columns: {names}.</source>
            <translation>Hasaba alynmadyk sütünler: {names}.</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Hyzmatdaşlary getirmek</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Hiç zat getirilmedi: {reason}</translation>
        </message>
        <message>
            <source>{created} created, {updated} updated.</source>
            <translation>Döredildi: {created}, täzelendi: {updated}.</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMap</name>
        <message>
            <source>Colour by stance</source>
            <translation>Garaýyşy boýunça reňk</translation>
        </message>
        <message>
            <source>Colour by kind</source>
            <translation>Görnüşi boýunça reňk</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Ähli görnüşler</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Ähli tapgyrlar</translation>
        </message>
        <message>
            <source>Export map as PNG…</source>
            <translation>Kartany PNG görnüşinde çykarmak…</translation>
        </message>
        <message>
            <source>{shown} of {total} partners</source>
            <translation>{total} hyzmatdaşdan {shown}</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Kanagatlandyrmak</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Ýakyndan işleşmek</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Gözegçilik etmek</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Habardar etmek</translation>
        </message>
        <message>
            <source>Interest →</source>
            <translation>Gyzyklanma →</translation>
        </message>
        <message>
            <source>Influence →</source>
            <translation>Täsir →</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Görnüşi</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Garaýyş</translation>
        </message>
        <message>
            <source>Move partner on the stakeholder map</source>
            <translation>Hyzmatdaşy kartada süýşürmek</translation>
        </message>
        <message>
            <source>Export map as PNG</source>
            <translation>Kartany PNG görnüşinde çykarmak</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Kartany çykarmak</translation>
        </message>
        <message>
            <source>Could not write {path}.</source>
            <translation>{path} ýazyp bolmady.</translation>
        </message>
    </context>
    <context>
        <name>SubTable</name>
        <message>
            <source>Add {what}</source>
            <translation>Goşmak: {what}</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Pozmak</translation>
        </message>
        <message>
            <source>Delete {n} selected row(s)? You can undo this with Ctrl+Z.</source>
            <translation>Saýlanan {n} setir pozulsynmy? Muny Ctrl+Z bilen yzyna alyp bolýar.</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Pozmak: {what}</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Group by goal</source>
            <translation>Maksatlar boýunça toparlamak</translation>
        </message>
        <message>
            <source>Group by lead department</source>
            <translation>Jogapkär bölümler boýunça toparlamak</translation>
        </message>
        <message>
            <source>Campaigns snap to whole months</source>
            <translation>Kampaniýalar doly aýlara deňleşdirilýär</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Ulaltmak</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Kiçeltmek</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG görnüşinde çykarmak…</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>meýilleşdirildi</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>ýerine ýetirilýär</translation>
        </message>
        <message>
            <source>done</source>
            <translation>ýerine ýetirildi</translation>
        </message>
        <message>
            <source>postponed</source>
            <translation>yza süýşürildi</translation>
        </message>
        <message>
            <source>campaign planned</source>
            <translation>kampaniýa meýilleşdirildi</translation>
        </message>
        <message>
            <source>campaign active</source>
            <translation>kampaniýa dowam edýär</translation>
        </message>
        <message>
            <source>Drag a bar's end to change a date, its middle to move it; Ctrl+wheel zooms</source>
            <translation>Senäni üýtgetmek üçin zolagyň ujuny, süýşürmek üçin ortasyny çekiň; Ctrl+tigir — ulaltmak</translation>
        </message>
        <message>
            <source>No plan yet.</source>
            <translation>Entek meýilnama ýok.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Şu gün</translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) without dates are not shown.</source>
            <translation>
                <numerusform>Möhletsiz %n wezipe görkezilmeýär.</numerusform>
                <numerusform>Möhletsiz %n wezipe görkezilmeýär.</numerusform>
            </translation>
        </message>
        <message>
            <source>Objectives without a goal</source>
            <translation>Maksatsyz wezipeler</translation>
        </message>
        <message>
            <source>Objectives without a lead department</source>
            <translation>Jogapkär bölümsiz wezipeler</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampaniýalar</translation>
        </message>
        <message>
            <source>Reschedule objective {name}</source>
            <translation>{name} wezipesiniň möhletini üýtgetmek</translation>
        </message>
        <message>
            <source>Reschedule campaign {name}</source>
            <translation>{name} kampaniýasynyň möhletini üýtgetmek</translation>
        </message>
        <message>
            <source>That change could not be saved.</source>
            <translation>Bu üýtgeşmäni ýatda saklap bolmady.</translation>
        </message>
        <message>
            <source>Export timeline</source>
            <translation>Grafigi çykarmak</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG surat (*.png)</translation>
        </message>
        <message>
            <source>Could not write the image.</source>
            <translation>Suraty ýazyp bolmady.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Grafik</translation>
        </message>
    </context>
    <context>
        <name>YearEndDialog</name>
        <message>
            <source>Year-end review</source>
            <translation>Ýylyň jemi</translation>
        </message>
    </context>
    <context>
        <name>YearEndWidget</name>
        <message>
            <source>To print, export the plan PDF for this year (File menu).</source>
            <translation>Çap etmek üçin şu ýylyň meýilnamasyny PDF görnüşinde çykaryň («Faýl» menýusy).</translation>
        </message>
        <message>
            <source>Plan year:</source>
            <translation>Meýilnama ýyly:</translation>
        </message>
        <message>
            <source>No plan yet.</source>
            <translation>Entek meýilnama ýok.</translation>
        </message>
        <message>
            <source>{title}: {n} objectives ({parts}).</source>
            <translation>{title}: {n} wezipe ({parts}).</translation>
        </message>
        <message>
            <source>Targets met: {met} of {measured} measured; average {mean:.0f} % of the way.</source>
            <translation>Ýetilen maksatlar: ölçelen {measured} maksatdan {met}; ortaça ýoluň {mean:.0f} %-i geçildi.</translation>
        </message>
    </context>
    <context>
        <name>exchange</name>
        <message>
            <source>Records</source>
            <translation>Ýazgylar</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Täze</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Üýtgedildi</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Pozuldy</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Gapma-garşylyklar</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Ýazgy</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Meýdan</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Baha</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Edara</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Üýtgedilen wagty</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Häzir görkezilýär</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Öň</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Soňra</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Nähili</translation>
        </message>
    </context>
    <context>
        <name>features_i18n</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Dil</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>The language could not be saved: {reason}</source>
            <translation>Dili ýatda saklap bolmady: {reason}</translation>
        </message>
        <message>
            <source>hdesk is already shown in this language.</source>
            <translation>hdesk eýýäm şu dilde görkezilýär.</translation>
        </message>
        <message>
            <source>The new language is used the next time hdesk starts. Your work is saved.</source>
            <translation>Täze dil hdesk indiki gezek açylanda ulanylar. Işiňiz ýatda saklandy.</translation>
        </message>
    </context>
    <context>
        <name>hdesk</name>
        <message>
            <source>Plan</source>
            <translation>Meýilnama</translation>
        </message>
        <message>
            <source>Strategic goal</source>
            <translation>Strategik maksat</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Bölüm</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Wezipe</translation>
        </message>
        <message>
            <source>Department role</source>
            <translation>Bölümiň roly</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Çäre</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Hyzmatdaş</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Gatnaşyk</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampaniýa</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Ylalaşyk</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ýyl</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Ady</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Ýagdaýy</translation>
        </message>
        <message>
            <source>Board approval date</source>
            <translation>Geňeşiň tassyklan senesi</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Giriş</translation>
        </message>
        <message>
            <source>Policy statement</source>
            <translation>Syýasat beýannamasy</translation>
        </message>
        <message>
            <source>Approvers</source>
            <translation>Tassyklaýanlar</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Düşündiriş</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Başlanýan ýyly</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>Gutarýan ýyly</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Wezipesi</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ady</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Ýolbaşçy</translation>
        </message>
        <message>
            <source>Focal point</source>
            <translation>Utgaşdyryjy</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Habarlaşmak üçin maglumat</translation>
        </message>
        <message>
            <source>Lead department</source>
            <translation>Jogapkär bölüm</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Ileri tutulyşy</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Başlanýar</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Möhlet</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Gutarýar</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Görkeziji</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Başlangyç baha</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Maksat baha</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ýetilen</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Býujet</translation>
        </message>
        <message>
            <source>Fundamental Principles</source>
            <translation>Esasy ýörelgeler</translation>
        </message>
        <message>
            <source>Carried over from</source>
            <translation>Şundan geçirildi</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roly</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bellik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Görnüşi</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ýurt</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Täsir</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Gyzyklanma</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Garaýyş</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tapgyr</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bellikler</translation>
        </message>
        <message>
            <source>Principle concerns</source>
            <translation>Ýörelgeler üçin howatyrlar</translation>
        </message>
        <message>
            <source>About the concerns</source>
            <translation>Howatyrlar barada</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-poçta</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Senesi</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Gysgaça</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Indiki ädim</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Indiki ädimiň möhleti</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ýerine ýetirildi</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>Esasy habarlar</translation>
        </message>
        <message>
            <source>Audiences</source>
            <translation>Maksatly toparlar</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Gerimi</translation>
        </message>
        <message>
            <source>Lead Society</source>
            <translation>Öňbaşçy jemgyýet</translation>
        </message>
        <message>
            <source>Participating Societies</source>
            <translation>Gatnaşýan jemgyýetler</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanallar</translation>
        </message>
        <message>
            <source>Linked objectives</source>
            <translation>Baglanyşykly wezipeler</translation>
        </message>
        <message>
            <source>Linked partners</source>
            <translation>Baglanyşykly hyzmatdaşlar</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Gol çekilen senesi</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Möhleti</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Borçnamalar</translation>
        </message>
        <message>
            <source>File reference</source>
            <translation>Resminama salgysy</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Meýilnamanyň ýagdaýy</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Gatnaşygyň görnüşi</translation>
        </message>
        <message>
            <source>Kind of partner</source>
            <translation>Hyzmatdaşyň görnüşi</translation>
        </message>
        <message>
            <source>Responsible department</source>
            <translation>Jogapkär bölüm</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Taslama</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Tabşyryldy</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Tassyklandy</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Ýokary</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Orta</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Pes</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Meýilleşdirildi</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Ýerine ýetirilýär</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Yza süýşürildi</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Ýatyryldy</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Dowam edýär</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Tamamlandy</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Jogapkär</translation>
        </message>
        <message>
            <source>Contributes</source>
            <translation>Goşant goşýar</translation>
        </message>
        <message>
            <source>Consulted</source>
            <translation>Maslahat berýär</translation>
        </message>
        <message>
            <source>Informed</source>
            <translation>Habardar edilýär</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Hökümet</translation>
        </message>
        <message>
            <source>Local authority</source>
            <translation>Ýerli häkimiýet</translation>
        </message>
        <message>
            <source>UN agency</source>
            <translation>BMG-niň edarasy</translation>
        </message>
        <message>
            <source>IFRC / ICRC</source>
            <translation>Federasiýa / GHHK</translation>
        </message>
        <message>
            <source>National Society</source>
            <translation>Milli jemgyýet</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>HÖG</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Metbugat</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Hususy pudak</translation>
        </message>
        <message>
            <source>Academia</source>
            <translation>Ylym we bilim</translation>
        </message>
        <message>
            <source>Community leader</source>
            <translation>Jemgyýetçilik lideri</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donor</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Goldaýar</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Bitarap</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>Şübheli</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Garşy</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Näbelli</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Kesgitlenen</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Habarlaşylan</translation>
        </message>
        <message>
            <source>Engaged</source>
            <translation>Işjeň gatnaşykda</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Duşuşyk</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Jaň</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Hat</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Çäre</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>Maslahat</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Milli</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Sebitleýin</translation>
        </message>
        <message>
            <source>Humanity</source>
            <translation>Ynsanperwerlik</translation>
        </message>
        <message>
            <source>Impartiality</source>
            <translation>Tarapgöýsüzlik</translation>
        </message>
        <message>
            <source>Neutrality</source>
            <translation>Bitaraplyk</translation>
        </message>
        <message>
            <source>Independence</source>
            <translation>Garaşsyzlyk</translation>
        </message>
        <message>
            <source>Voluntary service</source>
            <translation>Meýletinlik</translation>
        </message>
        <message>
            <source>Unity</source>
            <translation>Agzybirlik</translation>
        </message>
        <message>
            <source>Universality</source>
            <translation>Ählumumylyk</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>«{field}» hökmany.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>«{field}» {limit} nyşandan uzyn.</translation>
        </message>
        <message>
            <source>{field} must be text.</source>
            <translation>«{field}» tekst bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be a whole number.</source>
            <translation>«{field}» bitin san bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be a number.</source>
            <translation>«{field}» san bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be at least {limit}.</source>
            <translation>«{field}» iň az {limit} bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be at most {limit}.</source>
            <translation>«{field}» iň köp {limit} bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be a date like 2024-03-31.</source>
            <translation>«{field}» 2024-03-31 ýaly sene bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be a month like 2024-03.</source>
            <translation>«{field}» 2024-03 ýaly aý bolmaly.</translation>
        </message>
        <message>
            <source>{field} must be one of: {choices}.</source>
            <translation>«{field}» şulardan biri bolmaly: {choices}.</translation>
        </message>
        <message>
            <source>{field} must refer to an existing record.</source>
            <translation>«{field}» bar bolan ýazga salgylanmaly.</translation>
        </message>
        <message>
            <source>{field} has more than {limit} items.</source>
            <translation>«{field}» meýdanynda {limit}-den köp element bar.</translation>
        </message>
        <message>
            <source>{field} must be yes or no.</source>
            <translation>«{field}» «hawa» ýa-da «ýok» bolmaly.</translation>
        </message>
        <message>
            <source>{field} is before the start.</source>
            <translation>«{field}» başlanýan senesinden öň.</translation>
        </message>
        <message>
            <source>{field} is not a known column.</source>
            <translation>«{field}» näbelli sütün.</translation>
        </message>
        <message>
            <source>{field} refers to a record that was deleted.</source>
            <translation>«{field}» pozulan ýazga salgylanýar.</translation>
        </message>
    </context>
</TS>
