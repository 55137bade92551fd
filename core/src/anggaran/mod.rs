//! APBD budget planner for government-paid enrolment of vulnerable workers.
