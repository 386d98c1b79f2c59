# cmake -DPROGRAM=... -DARGS="a;b" -DSTATUS=N -DOUTPUT=regex -P run_without_display.cmake
# Runs PROGRAM with no display in reach and checks its exit status and its output (stdout+stderr).
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
unset(ENV{XDG_RUNTIME_DIR})
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE status OUTPUT_VARIABLE out
                ERROR_VARIABLE out TIMEOUT 50)
message("exit status: ${status}\n${out}")
if(NOT status STREQUAL STATUS)
  message(FATAL_ERROR "expected exit status ${STATUS}, got ${status}")
endif()
if(NOT out MATCHES "${OUTPUT}")
  message(FATAL_ERROR "expected the output to match: ${OUTPUT}")
endif()
