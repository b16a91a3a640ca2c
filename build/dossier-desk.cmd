@echo off
rem Dossier Desk command line for IT staff: the installed app answers one CLI command
rem (same commands and JSON as `dossier-desk`), without opening a window.
rem Example: dossier-desk deadline --meeting 2026-12-17 --kind chairman --data-dir "%APPDATA%\Dossier Desk"
"%~dp0Dossier Desk.exe" --cli %*
exit /b %ERRORLEVEL%
