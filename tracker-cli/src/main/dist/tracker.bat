@echo off
rem tracker: the recommendation tracker's command line on Windows, from the distribution's bin folder.
rem JAVA_HOME chooses the Java (17 or later), else java on the PATH; TRACKER_JAVA_OPTS adds JVM options,
rem e.g. set TRACKER_JAVA_OPTS=-Xmx1g
setlocal
set "TRACKER_JAR=%~dp0..\lib\tracker.jar"
if defined JAVA_HOME (set "TRACKER_JAVA=%JAVA_HOME%\bin\java.exe") else (set "TRACKER_JAVA=java")
"%TRACKER_JAVA%" -XX:+UseSerialGC -XX:MaxTenuringThreshold=0 -XX:NewRatio=4 %TRACKER_JAVA_OPTS% -jar "%TRACKER_JAR%" %*
exit /b %ERRORLEVEL%
