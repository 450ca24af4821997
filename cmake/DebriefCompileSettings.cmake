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

# CI builds with warnings as errors, so a new warning fails the build
# instead of scrolling past. Off by default: a newer compiler's new warning
# should not stop someone building a release.
option(DEBRIEF_WERROR "Treat compiler warnings in Debrief's own code as errors" OFF)
if(DEBRIEF_WERROR)
    if(MSVC)
        target_compile_options(debrief_compile_settings INTERFACE /WX)
    else()
        target_compile_options(debrief_compile_settings INTERFACE -Werror)
    endif()
endif()

# Sanitizers for Debrief's own code (the `asan` preset: "address,undefined").
# Qt and the system libraries stay uninstrumented, which ASan and UBSan
# allow. Undefined behaviour stops the program, so a test cannot pass over
# it; tests run with the options and leak suppressions of
# tests/sanitizers/ (cmake/DebriefTesting.cmake).
set(DEBRIEF_SANITIZE "" CACHE STRING
    "Sanitizers for Debrief's own code, comma-separated (e.g. address,undefined)")
# libFuzzer targets (tests/fuzz) need clang; they imply the sanitizers, and
# every Debrief target then also gets the coverage instrumentation the
# fuzzer steers by.
option(DEBRIEF_BUILD_FUZZERS "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
if(DEBRIEF_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DEBRIEF_BUILD_FUZZERS needs clang (libFuzzer), not "
                            "${CMAKE_CXX_COMPILER_ID}: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT DEBRIEF_SANITIZE)
        set(DEBRIEF_SANITIZE "address,undefined" CACHE STRING
            "Sanitizers for Debrief's own code, comma-separated (e.g. address,undefined)" FORCE)
    endif()
    target_compile_options(debrief_compile_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(DEBRIEF_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "DEBRIEF_SANITIZE supports gcc and clang")
    endif()
    # -O1 in a Debug build, as the sanitizers' documentation advises: the
    # unoptimised, instrumented Qt inline code is several times slower,
    # which the fuzzers feel most, and stack traces stay exact enough.
    target_compile_options(debrief_compile_settings INTERFACE
        -fsanitize=${DEBRIEF_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer
        $<$<CONFIG:Debug>:-O1>)
    target_link_options(debrief_compile_settings INTERFACE -fsanitize=${DEBRIEF_SANITIZE})
endif()

set(CMAKE_CXX_VISIBILITY_PRESET hidden)
set(CMAKE_VISIBILITY_INLINES_HIDDEN ON)

# A shared library must not rely on the executable to provide symbols:
# an unresolved symbol (say, a widget class used from the core) fails the link.
# Not under clang's sanitizers: their runtime is linked into the executable
# only, so every shared library has its __asan_/__ubsan_ symbols unresolved
# by design (gcc links the runtime into the library, so the check stays).
function(debrief_forbid_undefined target)
    if(DEBRIEF_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        return()
    endif()
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
