import threading

info = {}
both_alive = threading.Barrier(2)  # 让两个线程同时存活，便于比较 ident


def report():
    me = threading.current_thread()
    info[me.name] = (
        me.ident,
        threading.get_ident() == me.ident,
        threading.get_native_id() == me.native_id,
    )


def worker():
    report()
    both_alive.wait()


named = threading.Thread(target=worker, name="downloader-1")
unnamed = threading.Thread(target=worker)  # 默认名 "Thread-N (worker)"
for t in (named, unnamed):
    t.start()
for t in (named, unnamed):
    t.join()
report()  # 在主线程里调用

for name in sorted(info):
    _, ident_ok, native_ok = info[name]
    print(f"{name}: get_ident 一致={ident_ok}, get_native_id 一致={native_ok}")
idents = {ident for ident, _, _ in info.values()}
print("同时存活的线程 ident 各不相同:", len(idents) == len(info))
