# Turns one file into a C++ source defining `std::string_view NAME()` that returns its bytes,
# so the binary carries its own web page. Called as:
# cmake -DIN=... -DOUT=... -DNAME=... -DHEADER=... -P embed_file.cmake
file(READ "${IN}" content HEX)
string(LENGTH "${content}" hexlen)
math(EXPR nbytes "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," content "${content}")
set(body "// Generated from ${IN} by cmake/embed_file.cmake. Do not edit.\n#include \"${HEADER}\"\nnamespace dateline {\nnamespace {\nconstexpr char kBytes[] = {${content} 0};\n}  // namespace\nstd::string_view ${NAME}() { return std::string_view(kBytes, ${nbytes}); }\n}  // namespace dateline\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
