# Fails, naming the files, when a translation unit of the sanitizer build was compiled without
# -fsanitize=address,undefined — i.e. a target that forgot to link gradscope_options.
# cmake -DCOMPILE_COMMANDS=<build>/compile_commands.json -P check_sanitize_flags.cmake
if(NOT EXISTS "${COMPILE_COMMANDS}")
  message(FATAL_ERROR "${COMPILE_COMMANDS} is missing; configure with "
                      "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON (scripts/test.sh --sanitize does)")
endif()
file(READ "${COMPILE_COMMANDS}" json)
string(JSON count LENGTH "${json}")
math(EXPR last "${count} - 1")
set(missing "")
foreach(i RANGE ${last})
  string(JSON command GET "${json}" ${i} command)
  string(JSON file GET "${json}" ${i} file)
  if(NOT command MATCHES "-fsanitize=address,undefined")
    list(APPEND missing "${file}")
  endif()
endforeach()
list(LENGTH missing bad)
if(bad GREATER 0)
  list(JOIN missing "\n  " listed)
  message(FATAL_ERROR "${bad} of ${count} files compiled without the sanitizers:\n  ${listed}")
endif()
message(STATUS "all ${count} compiled files carry -fsanitize=address,undefined")
