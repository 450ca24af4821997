include(CMakeParseArguments)

# debrief_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [GUI] [LABELS l ...]
#                  [ARGS arg ...])
# builds one Qt Test executable per unit and registers it with CTest.
# GUI tests run on the offscreen platform so they need no display.
function(debrief_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "debrief_add_test needs NAME and SOURCES")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test debrief_compile_settings ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        DEBRIEF_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME} ${ARG_ARGS})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
    if(ARG_LABELS)
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_GUI)
        set_property(TEST ${ARG_NAME} APPEND PROPERTY LABELS gui)
    endif()
    if(NOT TARGET check)
        add_custom_target(check
            COMMAND ${CMAKE_CTEST_COMMAND} --output-on-failure
            WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
            USES_TERMINAL)
    endif()
    add_dependencies(check ${ARG_NAME})
endfunction()
