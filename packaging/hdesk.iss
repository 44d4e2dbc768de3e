; Inno Setup 6.3+ script for the hdesk Windows installer.
;
; Installs the PyInstaller bundle (dist\hdesk\, made by `python packaging\build.py`) for the current user
; only, with no administrator rights: into %LOCALAPPDATA%\Programs\hdesk, a Start-menu entry, an optional
; desktop icon, the .hdesk file type (icon + "open with hdesk") under HKEY_CURRENT_USER, and an uninstaller
; (Settings > Apps). The user's data (%LOCALAPPDATA%\hdesk: databases, settings, backups) is never touched
; by install, upgrade or uninstall.
;
; Build:  python packaging\build.py --installer      (passes /DAppVersion from pyproject.toml, and
;         /DBundleDir + /O when the bundle is not in dist\)
;    or:  "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\hdesk.iss
; Output: dist\hdesk-<version>-setup.exe

#define AppName "hdesk"
#define AppExe "hdesk.exe"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\hdesk"
#endif
#define IconDir AddBackslash(SourcePath) + "..\resources\icons"
#define ProgId "hdesk.Database"

#ifndef AppVersion
  ; Without /DAppVersion=..., read the version PyInstaller stamped into hdesk.exe (e.g. 0.1.0.0).
  #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#endif

#if !FileExists(BundleDir + "\" + AppExe)
  #error dist\hdesk\hdesk.exe is missing: run "python packaging\build.py" first
#endif

[Setup]
; The AppId identifies hdesk for upgrades and uninstall: never change it.
AppId={{6F1B7C7E-2D4A-4E55-9C3B-8A0E5D1F4C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=hdesk contributors
AppComments=Humanitarian diplomacy desk for Red Cross and Red Crescent National Societies (works offline)
VersionInfoVersion={#AppVersion}
; Per-user install, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs, HKA is HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile={#IconDir}\hdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Next to the bundle, in dist\ (ignored by git).
OutputDir=..\dist
OutputBaseFilename=hdesk-{#AppVersion}-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: stale Qt or Python libraries from an older version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#IconDir}\hdesk-file.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "README.md"; DestDir: "{app}"; DestName: "INSTALL-NOTES.md"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Humanitarian diplomacy desk"
Name: "{autoprograms}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{userdocs}"; Comment: "Open hdesk on a demo plan"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The .hdesk file type, for this user only (HKCU\Software\Classes), removed again on uninstall.
Root: HKCU; Subkey: "Software\Classes\.hdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.hdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-hdesk"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.hdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "hdesk database"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hdesk-file.ico"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hdesk"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer itself put in {app}; the user data folder %LOCALAPPDATA%\hdesk stays.
Type: filesandordirs; Name: "{app}\_internal"
