# madoguchi_forbid_gui(target): fail configuration if TARGET, or anything it
# links (transitively), pulls in a Qt GUI module. The check runs at the end of
# configuration so that links added later in other folders are seen too.
set(_MADOGUCHI_GUI_MODULES Qt6::Gui Qt6::Widgets Qt6::PrintSupport Qt6::Quick Qt6::Qml
    Qt6::OpenGL Qt6::Charts Qt6::Svg Qt::Gui Qt::Widgets)

function(_madoguchi_collect_links target out_var)
  set(seen ${${out_var}})
  foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
    get_target_property(libs ${target} ${prop})
    if(NOT libs)
      continue()
    endif()
    foreach(lib IN LISTS libs)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
      if(lib IN_LIST seen)
        continue()
      endif()
      list(APPEND seen ${lib})
      if(TARGET ${lib})
        _madoguchi_collect_links(${lib} seen)
      endif()
    endforeach()
  endforeach()
  set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(_madoguchi_check_gui_free target)
  set(links "")
  _madoguchi_collect_links(${target} links)
  foreach(lib IN LISTS links)
    if(lib IN_LIST _MADOGUCHI_GUI_MODULES OR lib MATCHES "Qt6?::(Gui|Widgets|PrintSupport|Quick)")
      message(FATAL_ERROR "${target} must stay GUI-free (ARCHITECTURE.md), but it links ${lib}.")
    endif()
  endforeach()
endfunction()

function(madoguchi_forbid_gui target)
  cmake_language(EVAL CODE "
    cmake_language(DEFER DIRECTORY \"${CMAKE_SOURCE_DIR}\" CALL _madoguchi_check_gui_free ${target})")
endfunction()
