; Individuell plan: Windows installer for one user, without administrator rights.
;
;   makensis /DVERSION=0.1.0 installer\individuell-plan.nsi      (installer/build.sh installer)
;
; Packs the PyInstaller one-folder bundle (dist\individuell-plan, see individuell-plan.spec) into
; dist\individuell-plan-VERSION-setup.exe. The setup installs into
; %LOCALAPPDATA%\Programs\Individuell plan, adds a Start-menu shortcut and an uninstaller
; registered under HKCU, and runs silently with /S (optionally /D=folder as the last argument).
; The patients' data (%LOCALAPPDATA%\individuell-plan) is never touched by setup or uninstall.
;
; Defines: VERSION (required; desktop.__version__), VERSION_QUAD (a.b.c.d for the file
; properties; default VERSION.0), BUNDLE_DIR and OUTFILE (relative to this folder),
; FAST (store without compression: the CI compile check).

Unicode true

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z individuell-plan.nsi (see installer/README.md)"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\dist\individuell-plan"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\individuell-plan-${VERSION}-setup.exe"
!endif

!define APP_NAME "Individuell plan"
!define APP_EXE "individuell-plan.exe"
!define CLI_EXE "individuell-plan-cli.exe"
!define PUBLISHER "Individuell plan"
!define SETTINGS_KEY "Software\IndividuellPlan"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IndividuellPlan"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
ManifestDPIAware true
BrandingText "${APP_NAME} ${VERSION}"
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "individuell-plan.ico"
!define MUI_UNICON "individuell-plan.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; Windows' display language picks among them.
!insertmacro MUI_LANGUAGE "Norwegian"
!insertmacro MUI_LANGUAGE "NorwegianNynorsk"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "FileDescription" "Installasjon av ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "LegalCopyright" "${PUBLISHER}"

Section "${APP_NAME}" SectionProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"

  ; An update replaces the previous program folder as a whole, so no stale library of an older
  ; version stays behind. Only done where our program already is.
  IfFileExists "$INSTDIR\${APP_EXE}" 0 +2
    RMDir /r "$INSTDIR\_internal"

  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; Only what setup put there: the bundle (see individuell-plan.spec) and the uninstaller.
  ; The data folder (%LOCALAPPDATA%\individuell-plan) with the database stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
