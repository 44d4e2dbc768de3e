<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings in Turkmen (Qt ships no qtbase_tk); hand-written, not touched by lupdate. -->
<TS version="2.1" language="tk_TM">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Bolýar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ýatda sakla</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hemmesini ýatda sakla</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Hawa</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Hemmesine h&amp;awa</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ýok</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hemmesine ý&amp;ok</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Bes et</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Gaýtadan synan</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Üns berme</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Ýap</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ýatyr</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ýatda saklama</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Ýatda saklama</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Kömek</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Ulan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Öňki ýagdaýyna gaýtar</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Deslapky sazlamalary dikelt</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Yza al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gaýtala</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kes</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;öçür</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Goý</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poz</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hemmesini saýla</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Yza al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gaýtala</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kes</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;öçür</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>&amp;Salgyny köçür</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Goý</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poz</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hemmesini saýla</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Hemmesini saýla</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Ýokarlandyr</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Aşaklat</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Jikme-jiklikleri görkez...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Jikme-jiklikleri gizle...</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Bolýar</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Şu ýerde:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Faýlyň &amp;ady:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Faýlyň görnüşi:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Aç</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Ýatda &amp;sakla</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Saýla</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Ähli faýllar (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yza</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Öňe</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ýokarky bukja</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Täze bukja döret</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Sanaw görnüşi</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Jikme-jik görnüş</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Täze bukja</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Poz</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Adyny üýtget</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Gizlin faýllary görkez</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Bukja:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Başga at bilen ýatda sakla</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Soňky ýerler</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Kompýuterim</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompýuter</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Faýllar</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Bukjalar</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Bukja tap</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Ady</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ölçegi</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Görnüşi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Görnüşi</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Üýtgedilen senesi</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Kompýuterim</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompýuter</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Ýatyr</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo %1</source>
            <translation>Yza al: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Gaýtala: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Yza al</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gaýtala</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo %1</source>
            <translation>Yza al: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Gaýtala: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Yza al</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gaýtala</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;boş&gt;</translation>
        </message>
    </context>
</TS>
