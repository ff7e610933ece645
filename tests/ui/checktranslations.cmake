# translations.complete: nothing ships untranslated.
#
# Runs lupdate over today's sources (the same globs as translations/) into
# COPIES of translations/madoguchi_*.ts, then fails, listing them, if any
# message is new, unfinished or has an empty translation. The .ts files in
# the source tree are never touched.
#
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… [-DINCLUDE_DIRS=a|b] -P checktranslations.cmake
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "checktranslations.cmake: ${var} is not set")
  endif()
endforeach()

file(GLOB_RECURSE sources
  ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
  ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
file(GLOB catalogues ${SOURCE_DIR}/translations/madoguchi_*.ts)
if(NOT catalogues)
  message(FATAL_ERROR "no translations/madoguchi_*.ts under ${SOURCE_DIR}")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(list_file ${WORK_DIR}/sources.lst)
string(REPLACE "|" ";" include_dirs "${INCLUDE_DIRS}")
set(lines "")
foreach(dir IN LISTS include_dirs)
  string(APPEND lines "-I${dir}\n")
endforeach()
foreach(src IN LISTS sources)
  string(APPEND lines "${src}\n")
endforeach()
file(WRITE ${list_file} "${lines}")

set(copies "")
foreach(ts IN LISTS catalogues)
  get_filename_component(name ${ts} NAME)
  configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
  list(APPEND copies ${WORK_DIR}/${name})
endforeach()

execute_process(
  COMMAND ${LUPDATE} -no-obsolete -locations none -silent @${list_file} -ts ${copies}
  RESULT_VARIABLE lupdate_result
  OUTPUT_VARIABLE lupdate_output
  ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
endif()

# The .ts format as lupdate writes it: one <context> per class, its <name>,
# then <message>s with one <source> (XML-escaped, so no '<' inside) and one
# <translation>, which holds <numerusform>s for %n messages.
set(problems "")
set(count 0)
set(namespace_contexts "")
foreach(copy IN LISTS copies)
  get_filename_component(catalogue ${copy} NAME)
  file(READ ${copy} xml)
  # Keep CMake lists intact: a ';' splits a list element, and an unbalanced
  # '[' or ']' stops CMake splitting at all — either would hide the
  # messages after it from the check. Markers without those characters.
  string(REPLACE ";" "@SEMICOLON@" xml "${xml}")
  string(REPLACE "[" "@LBRACKET@" xml "${xml}")
  string(REPLACE "]" "@RBRACKET@" xml "${xml}")
  string(REPLACE "</context>" "</context>;" contexts "${xml}")
  foreach(context IN LISTS contexts)
    if(NOT context MATCHES "<name>([^<]*)</name>")
      continue()
    endif()
    set(context_name "${CMAKE_MATCH_1}")
    string(REPLACE "@SEMICOLON@" ";" context_name "${context_name}")
    # Classes are CamelCase, namespaces lowercase: a context made only of
    # lowercase names is where lupdate files a free function called tr()
    # (e.g. QString tr(const char*) { return translate("Demo", …); }). The
    # program looks those strings up under another context, so their
    # translations would never show.
    if(context_name MATCHES "^[a-z0-9_]+(::[a-z0-9_]+)*$")
      list(APPEND namespace_contexts "${context_name}")
    endif()
    string(REPLACE "</message>" "</message>;" messages "${context}")
    foreach(message IN LISTS messages)
      if(NOT message MATCHES "<source>([^<]*)</source>")
        continue()
      endif()
      set(source "${CMAKE_MATCH_1}")
      set(reason "")
      if(message MATCHES "<translation[^>]*type=\"unfinished\"")
        set(reason "unfinished")
      elseif(message MATCHES "<translation */>")
        set(reason "no translation")
      elseif(message MATCHES "<numerusform>[ \t\r\n]*</numerusform>")
        set(reason "a plural form is empty")
      elseif(message MATCHES "<translation>[ \t\r\n]*</translation>")
        set(reason "empty translation")
      endif()
      if(reason)
        math(EXPR count "${count} + 1")
        string(REPLACE "@SEMICOLON@" ";" source "${source}")
        string(REPLACE "@LBRACKET@" "[" source "${source}")
        string(REPLACE "@RBRACKET@" "]" source "${source}")
        string(REPLACE "\n" "\\n" source "${source}")
        string(APPEND problems "  ${catalogue}: [${context_name}] \"${source}\" (${reason})\n")
      endif()
    endforeach()
  endforeach()
endforeach()

set(context_problems "")
if(namespace_contexts)
  list(REMOVE_DUPLICATES namespace_contexts)
  foreach(context_name IN LISTS namespace_contexts)
    string(APPEND context_problems
      "  [${context_name}] is a namespace, not a class: lupdate filed the tr() calls of a free "
      "function there, but at run time they are looked up under another context and never "
      "translated. Use Q_DECLARE_TR_FUNCTIONS(Context) or QCoreApplication::translate(\"Context\", …).\n")
  endforeach()
endif()

if(count GREATER 0)
  set(problems "${count} message(s) are not translated:\n${problems}")
endif()
if(count GREATER 0 OR context_problems)
  message(FATAL_ERROR
    "${context_problems}${problems}"
    "Fix: cmake --build build/debug --target update_translations, translate every message in "
    "translations/madoguchi_ja.ts (remove type=\"unfinished\"), run scripts/translations-fill-en, "
    "and rebuild (docs/desk.md).")
endif()
message(STATUS "translations complete: every message of ${SOURCE_DIR} is translated in ${catalogues}")
