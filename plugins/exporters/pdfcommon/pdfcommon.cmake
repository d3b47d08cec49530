# The paper layout shared by the handout and the guide: a static library that
# whichever of the two is configured first defines, so that either one can be
# built alone (-DRELAIS_EXPORTERS=handout).
include_guard(GLOBAL)

add_library(relais_pdfcommon STATIC
    ${CMAKE_CURRENT_LIST_DIR}/printbook.cpp ${CMAKE_CURRENT_LIST_DIR}/printbook.h
    ${CMAKE_CURRENT_LIST_DIR}/printmedia.cpp ${CMAKE_CURRENT_LIST_DIR}/printmedia.h
    ${CMAKE_CURRENT_LIST_DIR}/paperrenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/paperrenderer.h)
target_include_directories(relais_pdfcommon PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(relais_pdfcommon PUBLIC Relais::Core Qt6::Gui)
set_target_properties(relais_pdfcommon PROPERTIES POSITION_INDEPENDENT_CODE ON)
