@echo off
rem MARAC Desk launcher for Windows; does what app/marac-desk does on Linux and macOS.
rem Builds the application through the Maven wrapper on first use and whenever sources changed,
rem then starts it straight from the built jars.
rem   app\marac-desk.cmd --demo      open the demo vault of synthetic cases
rem   app\marac-desk.cmd             open (or create) your own vault
rem   app\marac-desk.cmd --help      commands for administrators and scripts
rem A warm start runs no extra JVM (the Java version is read from the JDK's "release" file) and
rem compares the sources with the copy taken at the last build (robocopy /L lists differences).
setlocal EnableExtensions DisableDelayedExpansion
for %%i in ("%~dp0..") do set "md_here=%%~fi"
set "md_jar=%md_here%\target\marac-desk.jar"
set "md_copy=%md_here%\target\launcher-src"

set "md_java="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "md_java=%JAVA_HOME%\bin\java.exe"
if not defined md_java for %%i in (java.exe) do set "md_java=%%~$PATH:i"
if not defined md_java (
  echo marac-desk: Java 17 or newer is needed; install a JDK ^(for example from adoptium.net^) and try again. 1>&2
  exit /b 1
)

rem The major version from the file "release" in the Java home (its JAVA_VERSION line says 17.0.15
rem or 1.8.0_392); only a Java without that file is asked, by running it.
set "md_ver="
for %%i in ("%md_java%\..\..") do set "md_home=%%~fi"
if exist "%md_home%\release" for /f "usebackq tokens=1,* delims==" %%a in ("%md_home%\release") do if "%%a"=="JAVA_VERSION" set "md_ver=%%~b"
if not defined md_ver for /f "tokens=2 delims==" %%v in ('call "%md_java%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:java.specification.version') do set "md_ver=%%v"
if not defined md_ver set "md_ver=0"
set "md_ver=%md_ver: =%"
set "md_major=0"
for /f "tokens=1,2 delims=._-+" %%a in ("%md_ver%") do (
  set "md_major=%%a"
  if "%%a"=="1" set "md_major=%%b"
)
if %md_major% LSS 17 (
  echo marac-desk: Java 17 or newer is needed; this is Java %md_major%. Set JAVA_HOME to a newer JDK. 1>&2
  exit /b 1
)

rem Rebuild when the jar is missing, or src\main or pom.xml differ from the copy of the last build.
set "md_build="
if not exist "%md_jar%" set "md_build=1"
if not exist "%md_copy%\pom.xml" set "md_build=1"
if not defined md_build (
  robocopy "%md_here%\src\main" "%md_copy%\main" /MIR /L /NJH /NJS /NDL /NFL /NP >nul
  if errorlevel 1 set "md_build=1"
)
if not defined md_build (
  robocopy "%md_here%" "%md_copy%" pom.xml /L /NJH /NJS /NDL /NFL /NP >nul
  if errorlevel 1 set "md_build=1"
)
if defined md_build (
  echo Building MARAC Desk ^(first run, or the sources changed^)... 1>&2
  pushd "%md_here%"
  call mvnw.cmd -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo marac-desk: the build failed; the messages above say why. 1>&2
    exit /b 1
  )
  popd
  robocopy "%md_here%\src\main" "%md_copy%\main" /MIR /NJH /NJS /NDL /NFL /NP >nul
  robocopy "%md_here%" "%md_copy%" pom.xml /NJH /NJS /NDL /NFL /NP >nul
  if exist "%md_here%\target\marac-desk.jsa" del /f /q "%md_here%\target\marac-desk.jsa"
)

rem Class-data sharing, as in app/marac-desk (issue 18): the first start after a build writes an
rem archive of the classes it loaded; later starts map it instead of reading those classes again. It is
rem used only while it is newer than the jar ("dir /o:d" lists the two files oldest first, so the last
rem name is the newer one; DIRCMD is cleared so that a user's default dir switches cannot change that);
rem otherwise this start writes it again. -Xshare:auto starts without a stale or unreadable archive, and
rem CDS logging is off so that nothing is printed about it.
set "DIRCMD="
set "md_jsa=%md_here%\target\marac-desk.jsa"
set "md_cds=-XX:ArchiveClassesAtExit=%md_jsa%"
set "md_newest="
if exist "%md_jsa%" for /f "delims=" %%f in ('dir /b /a-d /o:d "%md_jar%" "%md_jsa%" 2^>nul') do set "md_newest=%%f"
if /i "%md_newest%"=="marac-desk.jsa" set "md_cds=-XX:SharedArchiveFile=%md_jsa%"

rem JavaFX on the module path (as it expects); the jar's manifest puts target\lib\*.jar on the class path.
set "md_fx="
for %%f in ("%md_here%\target\lib\javafx-*.jar") do call :add_fx "%%~ff"
rem Memory options as in app/marac-desk (issue 12, P8): start small, give back what is freed; "demo" writes a
rem whole vault and exits, so it gets its whole heap from the start (docs/performance.md, session 15).
set "md_memory=-Xmx1g -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=15000"
if /i "%~1"=="demo" set "md_memory=-Xmx1g -Xms1g"
"%md_java%" "%md_cds%" -Xshare:auto -Xlog:cds=off,cds+dynamic=off %md_memory% --module-path "%md_fx:~1%" --add-modules javafx.controls,javafx.fxml ^
  --enable-native-access=javafx.graphics,ALL-UNNAMED ^
  "-Djavafx.cachedir=%md_here%\target\javafx-cache" "-Dpdfbox.fontcache=%md_here%\target" ^
  -cp "%md_jar%" org.maracdesk.app.Main %*
exit /b %ERRORLEVEL%

:add_fx
set "md_fx=%md_fx%;%~1"
exit /b 0
