=== p3_start ===
# part: 3 Making it last
End. # ending: x # outcome: y
-> END
