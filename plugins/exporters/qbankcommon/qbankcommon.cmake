# What the question-bank exporters (moodlexml, gift) share: the walk from an
# export's scope to Moodle categories and questions. Included by each of them,
# so that either one builds alone; the first one to include it defines it.
if(TARGET relais_qbankcommon)
    return()
endif()
add_library(relais_qbankcommon STATIC
    ${CMAKE_CURRENT_LIST_DIR}/questionbank.cpp ${CMAKE_CURRENT_LIST_DIR}/questionbank.h
    ${CMAKE_CURRENT_LIST_DIR}/fillblankstext.cpp ${CMAKE_CURRENT_LIST_DIR}/fillblankstext.h)
target_link_libraries(relais_qbankcommon PUBLIC Relais::Core)
target_include_directories(relais_qbankcommon PUBLIC ${CMAKE_CURRENT_LIST_DIR})
set_target_properties(relais_qbankcommon PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF)
