# A tiny user dictionary in cTAKES' BSV format (CUI|TUI|TEXT), for tests. The CUIs are made-up
# fixture ids (CTEST..), not UMLS concepts; the terms are invented or common clinical phrases.
CTEST01|T047|Brisco-Lane syndrome
CTEST02|T047|carpal tunnel syndrome
CTEST03|T184|electric zaps
CTEST04|T121|Zorvatrex
CTEST05|T023|lumbar region
CTEST06|T047|cold
CTEST07|T047|SDX
CTEST08|T061|Halvorsen traction
CTEST09|T047|Brisco-Lane syndrome type 2
CTEST10|T047|right carpal tunnel syndrome
