# Cross-compiling for 64-bit Windows from Linux with MinGW-w64 (Debian's
# g++-mingw-w64-x86-64-posix: the posix flavour has std::thread), the tests
# run through Wine. Used by the `mingw` preset of CMakePresets.json:
#   cmake --preset mingw && cmake --build --preset mingw && ctest --preset mingw
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
find_program(NNDL_MINGW_CXX NAMES x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++ REQUIRED)
set(CMAKE_CXX_COMPILER "${NNDL_MINGW_CXX}")
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# One .exe that runs on any Windows: the C++ runtime and winpthreads linked
# in, no MinGW DLLs to carry along.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
# CTest and the build-time test discovery run each .exe through Wine, quietly
# (WINEDEBUG=-all: no "fixme:" lines mixed into what the tests read).
find_program(NNDL_WINE NAMES wine64 wine)
if(NNDL_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_COMMAND};-E;env;WINEDEBUG=-all;${NNDL_WINE}")
endif()
