include(CMakeParseArguments)

# Under DEBRIEF_SANITIZE every test (and every program a test starts, which
# inherits the environment) stops at the first finding with a stack trace;
# leaks inside Qt and the system libraries it loads are suppressed by name in
# tests/sanitizers/lsan.supp, never leaks of Debrief's own code.
set(DEBRIEF_SANITIZER_TEST_ENV
    "ASAN_OPTIONS=abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")

# Registers one CTest run of an already built test executable, with the
# environment every Debrief test runs in.
function(_debrief_register_run test executable timeout labels gui)
    add_test(NAME ${test} COMMAND ${executable} ${ARGN})
    set(platform offscreen)
    if(gui)
        # A 1280×720 screen, the smallest Debrief's windows must fit, instead
        # of the offscreen platform's default 800×800 (tests/data/gui/screens).
        set(platform
            "offscreen:configfile=${PROJECT_SOURCE_DIR}/tests/data/gui/screens/hd-1280x720.json")
    endif()
    set(env "QT_QPA_PLATFORM=${platform};LC_ALL=C.UTF-8;LANG=C.UTF-8")
    if(DEBRIEF_SANITIZE)
        list(APPEND env ${DEBRIEF_SANITIZER_TEST_ENV})
    endif()
    if(NOT timeout)
        set(timeout 300)
    endif()
    set_tests_properties(${test} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${timeout})
    if(labels)
        set_tests_properties(${test} PROPERTIES LABELS "${labels}")
    endif()
    if(gui)
        set_property(TEST ${test} APPEND PROPERTY LABELS gui)
    endif()
endfunction()

# debrief_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [GUI] [POSTGRES]
#                  [LABELS l ...] [ARGS arg ...])
# builds one Qt Test executable per unit and registers it with CTest.
# GUI tests run on the offscreen platform so they need no display, on a
# 1280×720 screen.
# The PostgreSQL server the tests marked POSTGRES share: started once on
# loopback in a temporary folder before the first of them and stopped after
# the last (scripts/pg-test-server; CTest fixture "postgres"). Its admin URI
# is in the file DEBRIEF_TEST_POSTGRES_URI_FILE names.
set(DEBRIEF_POSTGRES_STATE "${PROJECT_BINARY_DIR}/postgres-test-server")
function(_debrief_postgres_fixture)
    # Once for the whole project: `if(TEST …)` sees only the current
    # directory, and a second pair in tests/gui would start a second server
    # on the same folder (fixtures are matched by name across directories).
    get_property(made GLOBAL PROPERTY DEBRIEF_POSTGRES_FIXTURE)
    if(made)
        return()
    endif()
    set_property(GLOBAL PROPERTY DEBRIEF_POSTGRES_FIXTURE ON)
    add_test(NAME postgres_start
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/pg-test-server start ${DEBRIEF_POSTGRES_STATE})
    add_test(NAME postgres_stop
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/pg-test-server stop ${DEBRIEF_POSTGRES_STATE})
    set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres
        TIMEOUT 120)
    set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgres
        TIMEOUT 60)
endfunction()

function(debrief_add_test)
    cmake_parse_arguments(ARG "GUI;POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "debrief_add_test needs NAME and SOURCES")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test debrief_compile_settings ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        DEBRIEF_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    _debrief_register_run(${ARG_NAME} ${ARG_NAME} "${ARG_TIMEOUT}" "${ARG_LABELS}" ${ARG_GUI}
        ${ARG_ARGS})
    if(ARG_POSTGRES)
        _debrief_postgres_fixture()
        set_property(TEST ${ARG_NAME} APPEND PROPERTY ENVIRONMENT
            "DEBRIEF_TEST_POSTGRES_URI_FILE=${DEBRIEF_POSTGRES_STATE}/uri")
        set_property(TEST ${ARG_NAME} APPEND PROPERTY LABELS postgres)
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED postgres)
    endif()
    if(NOT TARGET check)
        add_custom_target(check
            COMMAND ${CMAKE_CTEST_COMMAND} --output-on-failure
            WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
            USES_TERMINAL)
    endif()
    add_dependencies(check ${ARG_NAME})
endfunction()

# debrief_add_test_run(NAME test RUN run_name [ARGS arg ...] [TIMEOUT s])
# registers another run of the test executable NAME (made by
# debrief_add_test) under the name RUN, with other arguments: e.g. the same
# GUI test on another screen.
function(debrief_add_test_run)
    cmake_parse_arguments(ARG "" "NAME;RUN;TIMEOUT" "ARGS;LABELS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_RUN)
        message(FATAL_ERROR "debrief_add_test_run needs NAME and RUN")
    endif()
    get_test_property(${ARG_NAME} LABELS inherited)
    if(inherited)
        list(APPEND ARG_LABELS ${inherited})
    endif()
    _debrief_register_run(${ARG_RUN} ${ARG_NAME} "${ARG_TIMEOUT}" "${ARG_LABELS}" FALSE
        ${ARG_ARGS})
    # The run is the same kind of test as the executable's first one.
    if("gui" IN_LIST ARG_LABELS)
        get_test_property(${ARG_NAME} ENVIRONMENT env)
        set_tests_properties(${ARG_RUN} PROPERTIES ENVIRONMENT "${env}")
    endif()
endfunction()
