; NSIS installer for the Windows one-folder build (build_spec/windows_build.sh runs makensis):
;
;     makensis -DVERSION=0.1.0 -DSRCDIR=build\win\dist\chizhou-desk -DOUTFILE=dist\...-setup.exe
;
; Per user, no administrator rights (office PCs rarely grant them): the program goes to
; %LOCALAPPDATA%\Programs\chizhou-desk, shortcuts to the user's Start menu and desktop, the
; uninstall entry to HKCU. The user's data (database, backups, settings) lives elsewhere,
; %LOCALAPPDATA%\chizhou-desk (platformdirs), and the uninstaller never touches it; a `data`
; folder the user made inside the program folder (portable mode) is kept as well.
; Silent: setup.exe /S installs, uninstall.exe /S removes.

Target amd64-unicode  ; the app is 64-bit; a 32-bit installer would not even start under wine64
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "makensis -DVERSION=x.y.z"
!endif
!define APP "chizhou-desk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
!ifdef FAST  ; CHIZHOU_FAST_INSTALLER=1 (CI): made in seconds, ~50 % larger
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif
ManifestDPIAware true
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP}"
VIAddVersionKey /LANG=2052 "FileDescription" "重点工作责任清单 联络员桌面工具 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" ""

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString AppName ${LANG_SIMPCHINESE} "重点工作责任清单"
LangString AppName ${LANG_ENGLISH} "Key Task Desk"
LangString CliName ${LANG_SIMPCHINESE} "重点工作责任清单 命令行"
LangString CliName ${LANG_ENGLISH} "Key Task Desk command line"
LangString UninstName ${LANG_SIMPCHINESE} "卸载 重点工作责任清单"
LangString UninstName ${LANG_ENGLISH} "Uninstall Key Task Desk"
LangString Running ${LANG_SIMPCHINESE} "重点工作责任清单 正在运行，请先关闭它，再点“重试”。"
LangString Running ${LANG_ENGLISH} "Key Task Desk is running. Close it, then click Retry."
LangString DataKept ${LANG_SIMPCHINESE} "程序已卸载。您的数据（数据库、备份、设置）仍保留在 $LOCALAPPDATA\${APP}。"
LangString DataKept ${LANG_ENGLISH} "The program is removed. Your data (database, backups, settings) stays in $LOCALAPPDATA\${APP}."

Function .onInit
  ; Chinese unless the PC's UI language is not Chinese
  System::Call 'kernel32::GetUserDefaultUILanguage() h .r0'
  IntOp $0 $0 & 0x3FF
  ${If} $0 = 4
    StrCpy $LANGUAGE ${LANG_SIMPCHINESE}
  ${Else}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
FunctionEnd

Function un.onInit
  System::Call 'kernel32::GetUserDefaultUILanguage() h .r0'
  IntOp $0 $0 & 0x3FF
  ${If} $0 = 4
    StrCpy $LANGUAGE ${LANG_SIMPCHINESE}
  ${Else}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; a running copy holds its DLLs open: overwriting would fail halfway
  retry:
  ClearErrors
  FileOpen $0 "$INSTDIR\${APP}.exe" a
  ${If} ${Errors}
    ${If} ${FileExists} "$INSTDIR\${APP}.exe"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
  ${Else}
    FileClose $0
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"  ; an older version's libraries must not mix with the new ones
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\$(AppName)"
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(AppName).lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(CliName).lnk" "$SYSDIR\cmd.exe" \
    '/k "cd /d "$INSTDIR" && ${APP}-cli.exe --help"' "$INSTDIR\${APP}.exe" 0
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(UninstName).lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKCU "${UNINST_KEY}" "Language" "$LANGUAGE"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ReadRegStr $0 HKCU "${UNINST_KEY}" "DisplayName"
  ${If} $0 == ""
    StrCpy $0 "$(AppName)"
  ${EndIf}
  Delete "$DESKTOP\$0.lnk"
  RMDir /r "$SMPROGRAMS\$0"
  ; only what the installer put there: a portable `data` folder inside stays
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\${APP}-cli.exe"
  Delete "$INSTDIR\VERSION"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ; %LOCALAPPDATA%\chizhou-desk (database, backups, settings) is the user's: never removed
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
SectionEnd
