import os

# Logical CPUs of this machine: at most this many threads/processes
# can run at the same instant (in parallel).
print(f"logical CPUs: {os.cpu_count()}")
