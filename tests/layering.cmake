# The layers point one way: app → views → models. Run by CTest (test "layering"):
#   cmake -DROOT=<source tree> -DWIDGETS_INCLUDE_DIR=<QtWidgets headers> -P layering.cmake
# Fails, naming each file and include, when
#   - models/ includes app/ or views/, or any QtWidgets header (models build without widgets);
#   - views/ includes app/;
#   - app/http/ (the transport and front door) includes the webhooks or the REST API above it;
#   - app/keychain/ includes the integrations, receiver or views that keep their keys in it.
file(GLOB widget_headers RELATIVE "${WIDGETS_INCLUDE_DIR}" "${WIDGETS_INCLUDE_DIR}/Q*")
set(problems "")

function(check_folder folder forbidden_prefixes check_widgets)
    file(GLOB_RECURSE sources "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
        file(RELATIVE_PATH name "${ROOT}" "${source}")
        foreach(line IN LISTS includes)
            foreach(prefix IN LISTS forbidden_prefixes)
                if(line MATCHES "\"${prefix}")
                    list(APPEND problems "${name}: ${line}")
                endif()
            endforeach()
            if(check_widgets AND line MATCHES "<(QtWidgets/)?([A-Za-z]+)>")
                list(FIND widget_headers "${CMAKE_MATCH_2}" found)
                if(NOT found EQUAL -1 OR line MATCHES "<QtWidgets")
                    list(APPEND problems "${name}: ${line} (a widget header)")
                endif()
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

check_folder(models "app/;views/" TRUE)
check_folder(views "app/" FALSE)
check_folder(app/http "app/webhooks/;app/api/" FALSE)
check_folder(app/keychain "app/integrations/;app/http/;app/webhooks/;app/api/;app/composition/;views/" FALSE)

list(LENGTH widget_headers widget_count)
if(widget_count LESS 100)
    message(FATAL_ERROR "Found only ${widget_count} QtWidgets headers in ${WIDGETS_INCLUDE_DIR}: the check would check nothing.")
endif()
if(problems)
    list(JOIN problems "\n  " listed)
    message(FATAL_ERROR "Includes against the layers:\n  ${listed}")
endif()
message(STATUS "Layers hold: models include neither app, views nor widgets; views include no app; "
    "app/http includes neither webhooks nor api; app/keychain includes none of its clients.")
