# Included by lib/core/CMakeLists.txt after DebriefCore exists: picks the one
# settings back end this build compiles. KConfig (KDE Frameworks 6) where it
# exists, for example on the KDE Flatpak runtime; QSettings otherwise (Debian
# 12 has no KF6: KF6 needs Qt 6.5). Both write the same flat "debriefrc".
find_package(KF6Config QUIET)
if(KF6Config_FOUND)
    target_sources(DebriefCore PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/backends/KConfigBackend.cpp
        ${CMAKE_CURRENT_LIST_DIR}/backends/KConfigBackend.h)
    target_link_libraries(DebriefCore PRIVATE KF6::ConfigCore)
    target_compile_definitions(DebriefCore PRIVATE DEBRIEF_HAVE_KCONFIG)
    set(DEBRIEF_SETTINGS_BACKEND "KConfig")
else()
    target_sources(DebriefCore PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/backends/QSettingsBackend.cpp
        ${CMAKE_CURRENT_LIST_DIR}/backends/QSettingsBackend.h)
    set(DEBRIEF_SETTINGS_BACKEND "QSettings")
endif()
# Tests compare Settings::backendName() with the back end chosen here.
set(DEBRIEF_SETTINGS_BACKEND "${DEBRIEF_SETTINGS_BACKEND}" CACHE INTERNAL "Settings back end")
message(STATUS "Debrief settings back end: ${DEBRIEF_SETTINGS_BACKEND}")
