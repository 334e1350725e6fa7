; Inno Setup script for the installed Windows edition (not built on Linux: run it on Windows).
;
;   1. On Windows, in a checkout with the venv:  .venv\Scripts\pyinstaller --noconfirm installer\supasoft.spec
;      (makes dist\supasoft\supasoft.exe and its _internal folder)
;   2. Optionally put an admin's client.ini (e.g. ShowConfigurator=0) and seed.db (a prepared database) in
;      dist\supasoft\ - see docs/deployment.md
;   3. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\windows\supasoft.iss
;      -> installer\windows\Output\supasoft-setup-<version>.exe
;
; Installs per user by default (no admin rights needed; "Install for all users" is offered), adds a Start-menu
; entry and an optional desktop icon, and registers an uninstaller. The user's database, settings and
; backups live in %LOCALAPPDATA%\Supasoft (platformdirs) and are left in place by the uninstaller.

#define AppName "Supasoft"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\supasoft"

[Setup]
AppId={{6F1E7C52-3A0B-4E55-9C1D-5B2A8E0C4D17}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Supasoft project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=supasoft-setup-{#AppVersion}
SetupIconFile=supasoft.ico
UninstallDisplayIcon={app}\supasoft.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\supasoft.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\supasoft.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\supasoft.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
