import multiprocessing

if __name__ == "__main__":
    print("available:", multiprocessing.get_all_start_methods())
    # 尚未设置时，get_start_method() 返回平台默认值，并把它固定下来
    print("default:", multiprocessing.get_start_method())
