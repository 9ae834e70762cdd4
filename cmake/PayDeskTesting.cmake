# paydesk_add_qtest(NAME <name> SOURCES <files...> LIBRARIES <targets...>
#                   [LABELS <labels...>] [ENVIRONMENT <VAR=value...>] [TIMEOUT <s>] [BOTH_ENGINES])
#
# One Qt Test executable per suite, registered with ctest. A QSKIP exits 0, so a skip is matched
# explicitly and reported as skipped rather than passed; .ci/run then fails on any skip.
# Widget suites run on the offscreen platform unless the caller's environment chose one (xvfb).
# BOTH_ENGINES registers a store suite a second time, as <name>_postgresql, against the private
# PostgreSQL server the test command starts (tests/support/TestEngine.h).
function(paydesk_add_qtest)
    cmake_parse_arguments(T "BOTH_ENGINES" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test paydesk_warnings ${T_LIBRARIES})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        SKIP_REGULAR_EXPRESSION "SKIP   : "
        ENVIRONMENT "${T_ENVIRONMENT}"
        ENVIRONMENT_MODIFICATION "QT_QPA_PLATFORM=set:offscreen;QT_LOGGING_RULES=set:qt.qpa.*=false")
    if(T_BOTH_ENGINES)
        add_test(NAME ${T_NAME}_postgresql COMMAND ${T_NAME})
        set_tests_properties(${T_NAME}_postgresql PROPERTIES
            TIMEOUT ${T_TIMEOUT}
            LABELS "${T_LABELS};postgresql"
            SKIP_REGULAR_EXPRESSION "SKIP   : "
            ENVIRONMENT "${T_ENVIRONMENT};PAYDESK_TEST_ENGINE=postgresql"
            ENVIRONMENT_MODIFICATION "QT_QPA_PLATFORM=set:offscreen;QT_LOGGING_RULES=set:qt.qpa.*=false")
    endif()
endfunction()
