# Every source file is formatted as .clang-format says. Run by CTest (test "format"):
#   cmake -DROOT=<source tree> -DCLANG_FORMAT=<clang-format> -P format.cmake
# To format: clang-format -i on the files it names (the version packaging/deps-test.txt installs).
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format was not found; packaging/install-deps test installs it.")
endif()
set(sources "")
foreach(folder app models views tests)
    file(GLOB_RECURSE found "${ROOT}/${folder}/*.cpp" "${ROOT}/${folder}/*.h")
    list(APPEND sources ${found})
endforeach()
list(FILTER sources EXCLUDE REGEX "/tests/fuzz/corpus/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
    RESULT_VARIABLE status ERROR_VARIABLE complaints)
if(NOT status EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: [^\n]*" lines "${complaints}")
    list(LENGTH lines count)
    list(SUBLIST lines 0 20 first)
    list(JOIN first "\n  " listed)
    message(FATAL_ERROR "${count} places differ from .clang-format, among them:\n  ${listed}\n"
        "Run clang-format -i on them.")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted as .clang-format says.")
