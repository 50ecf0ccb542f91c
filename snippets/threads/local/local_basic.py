import threading

ctx = threading.local()
ctx.user = "main-user"  # 只属于主线程
seen = {}


def handle(user):
    before = getattr(ctx, "user", "<没有>")  # 新线程看不到主线程的属性
    ctx.user = user  # 只影响当前线程
    seen[user] = (before, ctx.user)


threads = [threading.Thread(target=handle, args=(u,)) for u in ("alice", "bob")]
for t in threads:
    t.start()
for t in threads:
    t.join()

for user in sorted(seen):
    before, after = seen[user]
    print(f"线程 {user}: 设置前={before}, 设置后={after}")
print("主线程:", ctx.user)
