=== p2_start ===
# part: 2 The four-month decision
Part two.
+ [x] -> p3_start
