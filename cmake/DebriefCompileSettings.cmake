# One INTERFACE target carries every compile setting; each Debrief target
# links it instead of setting flags one by one, so the rules cannot drift.
add_library(debrief_compile_settings INTERFACE)
target_compile_features(debrief_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(debrief_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(debrief_compile_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2)
elseif(MSVC)
    target_compile_options(debrief_compile_settings INTERFACE /W4 /permissive- /utf-8)
endif()

set(CMAKE_CXX_VISIBILITY_PRESET hidden)
set(CMAKE_VISIBILITY_INLINES_HIDDEN ON)

# A shared library must not rely on the executable to provide symbols:
# an unresolved symbol (say, a widget class used from the core) fails the link.
function(debrief_forbid_undefined target)
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        target_link_options(${target} PRIVATE "LINKER:--no-undefined")
    endif()
endfunction()

# Fails the configure step when a target links a Qt module that its layer
# must not depend on (for example the core library linking Qt Widgets).
function(debrief_forbid_links target)
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(forbidden IN LISTS ARGN)
        foreach(link IN LISTS links)
            if(link MATCHES "${forbidden}")
                message(FATAL_ERROR "${target} must not link ${link}: the core library "
                                    "links Qt Core and Qt SQL only (see docs/ARCHITECTURE.md)")
            endif()
        endforeach()
    endforeach()
endfunction()
