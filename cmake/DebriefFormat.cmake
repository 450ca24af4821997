# `cmake --build build --target format` runs clang-format over every C++
# file; `format-check` fails when a file is not formatted.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE debrief_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/lib/*.cpp ${PROJECT_SOURCE_DIR}/lib/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${debrief_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    list(LENGTH debrief_format_sources debrief_format_count)
    # A comment, or ninja prints the whole command line: every file name.
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${debrief_format_sources}
        COMMENT "clang-format --dry-run --Werror over ${debrief_format_count} files"
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
