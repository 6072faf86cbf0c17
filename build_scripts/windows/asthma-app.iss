; Inno Setup 6 script: a per-user installer for Windows (no administrator rights needed).
; Build on Windows after build_scripts/build_bundle.py, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build_scripts\windows\asthma-app.iss
; Output: dist\installer\asthma-app-<version>-setup.exe. See docs/installer.md.
;
; - Installs for the current user only, in %LOCALAPPDATA%\Programs\Asthma Plan & Diary.
; - A Start-menu shortcut (and, if chosen, one on the desktop).
; - Uninstalling removes the program only. The diary, backups and logs live in the user's own
;   data folder (%LOCALAPPDATA%\asthma-app, see asthma_app/paths.py), which Setup never
;   touches: a patient who reinstalls finds their diary again.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\asthma-app"
#endif
#define AppName "Asthma Plan & Diary"
#define ExeName "asthma-app.exe"

[Setup]
; A fixed id: upgrades replace the earlier version instead of installing beside it.
AppId={{6F1C2A7E-4B9D-4E55-9C3A-2D7B8E1F0A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Asthma Plan & Diary contributors
VersionInfoVersion={#AppVersion}
; Per user, never elevated: {autopf} then means %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\build\icons\asthma-app.ico
OutputDir=..\..\dist\installer
OutputBaseFilename=asthma-app-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app must be closed to be updated or removed; Setup offers to close it.
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the patient's data is never deleted by Setup.
