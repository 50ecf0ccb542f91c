import multiprocessing


def fill(number, array):
    number.value = 3.14
    for i in range(len(array)):
        array[i] = -array[i]


if __name__ == "__main__":
    number = multiprocessing.Value("d", 0.0)  # 'd'：C double
    array = multiprocessing.Array("i", range(5))  # 'i'：C int，长度固定为 5
    proc = multiprocessing.Process(target=fill, args=(number, array))
    proc.start()
    proc.join()
    print(number.value)
    print(array[:])
