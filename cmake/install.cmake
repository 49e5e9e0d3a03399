# Install rules, the CMake package config, the pkg-config file and the Debian package.
#
#   cmake --install build --prefix P     P/lib/sqlite3/transcript.so          the loadable module
#                                        P/lib/libsqlite_transcript.a         the whole extension, to link
#                                        P/include/transcript.h               its header
#                                        P/lib/cmake/sqlite_transcript/       find_package(sqlite_transcript)
#                                        P/lib/pkgconfig/sqlite-transcript.pc pkg-config
#                                        P/share/sqlite-transcript/sql/       the SQL recipes
#                                        P/share/sqlite-transcript/examples/  three example transcripts
#                                        P/share/doc/sqlite-transcript/       README.md, LICENSE
#   cpack --config build/CPackConfig.cmake   a .deb of the same files under /usr
#
# A self-contained build (TRANSCRIPT_SELF_CONTAINED) installs the module, header, recipes and
# docs only: its RE2 is built in, and the static library is for the normal build.
include(CMakePackageConfigHelpers)

set(TRANSCRIPT_MODULE_DIR "${CMAKE_INSTALL_LIBDIR}/sqlite3")
set(TRANSCRIPT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/sqlite_transcript")
set(TRANSCRIPT_PKGCONFIG_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
set(TRANSCRIPT_SQL_DIR "${CMAKE_INSTALL_DATADIR}/sqlite-transcript/sql")
set(TRANSCRIPT_EXAMPLES_DIR "${CMAKE_INSTALL_DATADIR}/sqlite-transcript/examples")

install(TARGETS transcript LIBRARY DESTINATION "${TRANSCRIPT_MODULE_DIR}")
install(FILES include/transcript.h DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY sql/ DESTINATION "${TRANSCRIPT_SQL_DIR}" FILES_MATCHING PATTERN "*.sql")
install(FILES examples/npr_ferry_strike.txt examples/cnn_ferry_segment.txt examples/debate_governor.txt
        DESTINATION "${TRANSCRIPT_EXAMPLES_DIR}")
install(FILES README.md LICENSE DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/sqlite-transcript")

if(NOT TRANSCRIPT_SELF_CONTAINED)
  install(TARGETS transcript_static ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")

  # What a program that links libsqlite_transcript.a needs besides: the C++ runtime
  # (TRANSCRIPT_CXX_RUNTIME, see CMakeLists.txt), RE2, SQLite and threads. Named here so that a
  # C or C++ consumer needs one target (CMake) or one pkg-config name.
  set(TRANSCRIPT_PC_CXX_RUNTIME "")
  foreach(lib ${TRANSCRIPT_CXX_RUNTIME} m)
    string(APPEND TRANSCRIPT_PC_CXX_RUNTIME " -l${lib}")
  endforeach()
  get_target_property(TRANSCRIPT_MODULE_SUFFIX transcript SUFFIX)
  if(NOT TRANSCRIPT_MODULE_SUFFIX)
    set(TRANSCRIPT_MODULE_SUFFIX "${CMAKE_SHARED_MODULE_SUFFIX}")
  endif()
  # Where RE2 was found at build time: a hint for the consumer's find_library.
  set(TRANSCRIPT_RE2_LIBRARY_DIRS "${RE2_LIBRARY_DIRS}")

  configure_package_config_file(cmake/sqlite_transcriptConfig.cmake.in
    "${CMAKE_CURRENT_BINARY_DIR}/sqlite_transcriptConfig.cmake"
    INSTALL_DESTINATION "${TRANSCRIPT_CMAKE_DIR}"
    PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_LIBDIR TRANSCRIPT_MODULE_DIR TRANSCRIPT_SQL_DIR)
  # 0.x: a minor version may break the interface, so only the same minor is compatible.
  write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/sqlite_transcriptConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/sqlite_transcriptConfig.cmake"
                "${CMAKE_CURRENT_BINARY_DIR}/sqlite_transcriptConfigVersion.cmake"
          DESTINATION "${TRANSCRIPT_CMAKE_DIR}")

  # The .pc names the prefix it is installed to: `cmake --install --prefix P` and CPack (which
  # installs with DESTDIR, see CPACK_SET_DESTDIR below) decide it at install time, so the file
  # is configured twice: here, and by the install script with the final prefix.
  set(TRANSCRIPT_PC_PREFIX "@TRANSCRIPT_PC_PREFIX@")
  configure_file(cmake/sqlite-transcript.pc.in "${CMAKE_CURRENT_BINARY_DIR}/sqlite-transcript.pc.in" @ONLY)
  install(CODE "
    set(TRANSCRIPT_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
    configure_file(\"${CMAKE_CURRENT_BINARY_DIR}/sqlite-transcript.pc.in\"
                   \"${CMAKE_CURRENT_BINARY_DIR}/sqlite-transcript.pc\" @ONLY)")
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/sqlite-transcript.pc" DESTINATION "${TRANSCRIPT_PKGCONFIG_DIR}")
endif()

# --- Debian package: cpack --config build/CPackConfig.cmake (in the build directory: cpack) ---
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sqlite-transcript)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The sqlite-transcript authors")
set(CPACK_PACKAGE_CONTACT "The sqlite-transcript authors <sqlite-transcript@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SQLite extension that reads transcripts into turns")
set(CPACK_PACKAGE_DESCRIPTION "transcript_turns(), speaker_of() and transcript_format() for SQLite: \
a loadable module (/usr/lib/sqlite3/transcript.so), a static library with its header, CMake and \
pkg-config files, and ready-made SQL recipes.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR ON)        # CPack installs into a staging DESTDIR with CMAKE_INSTALL_PREFIX
set(CPACK_INSTALL_PREFIX /usr)  # = /usr, the prefix that the .pc file names
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # dpkg-shlibdeps (dpkg-dev) works out libre2-9, libstdc++6...
# Linking the static library needs these; the module alone does not.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlite3, libsqlite3-dev, libre2-dev")
if(TRANSCRIPT_SELF_CONTAINED)
  set(CPACK_PACKAGE_NAME sqlite-transcript-self-contained)
endif()
include(CPack)
