// Built into relais_core only with RELAIS_SANITIZE (the asan and fuzz presets).
//
// Qt's pool threads are detached: QThreadPool waits for a thread's run() to
// return, not for the system thread to end, so at exit a pool thread may still
// be running its thread-exit handlers when LeakSanitizer looks for leaks. Its
// QThreadData (allocated in QThreadPrivate's constructor, freed by Qt's
// thread-exit handler) is then reported, with a stack that ends inside
// libQt6Core (no frame pointers, no symbol a suppression could name).
//
// This object is constructed when relais_core is loaded, after the sanitizer
// registered its leak check, so it is destroyed before that check runs: it
// waits there until no pool thread is left. (The per-thread state of OpenSSL
// and libxml2 is freed by handlers that do nothing once the library's own
// exit cleanup ran, which may be earlier: those are suppressed by name in
// tests/sanitizers/lsan.supp.)

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

// True while a thread of this process has the name Qt gives pool threads.
bool poolThreadAlive()
{
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks)
        return false;
    bool found = false;
    while (const dirent *task = readdir(tasks)) {
        if (task->d_name[0] == '.')
            continue;
        char path[320];
        std::snprintf(path, sizeof path, "/proc/self/task/%s/comm", task->d_name);
        const int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        char name[32] = {};
        const ssize_t n = read(fd, name, sizeof name - 1);
        close(fd);
        if (n > 0 && std::strncmp(name, "Thread (pooled)", 15) == 0) {
            found = true;
            break;
        }
    }
    closedir(tasks);
    return found;
}

struct WaitForPoolThreads
{
    ~WaitForPoolThreads()
    {
        // Ending threads take a few milliseconds; a pool nobody destroyed
        // keeps its threads, and costs this wait's limit, one second.
        for (int i = 0; i < 500 && poolThreadAlive(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
} waitForPoolThreads;

} // namespace
