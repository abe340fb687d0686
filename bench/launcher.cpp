// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "launcher.h"

#include <chrono>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace CareDesk {

namespace {

// The helper answers each request with this, as raw bytes over a pipe to its parent.
struct Reply
{
    int ok = 0;
    double firstFrameMs = 0;
    long maxRssKiB = 0;
    char problem[200] = {};
};

bool writeAll(int fd, const void *data, size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool readAll(int fd, void *data, size_t size)
{
    char *p = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

// A request: a count, then each word as its length and bytes (stderr file, program, arguments).
bool readWords(int fd, std::vector<std::string> &words)
{
    std::uint32_t count = 0;
    if (!readAll(fd, &count, sizeof count))
        return false;
    words.assign(count, {});
    for (std::string &word : words) {
        std::uint32_t length = 0;
        if (!readAll(fd, &length, sizeof length))
            return false;
        word.resize(length);
        if (length > 0 && !readAll(fd, word.data(), length))
            return false;
    }
    return true;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Reply launch(const std::vector<std::string> &words)
{
    Reply reply;
    const auto fail = [&reply](const char *what) {
        std::snprintf(reply.problem, sizeof reply.problem, "%s: %s", what, std::strerror(errno));
        return reply;
    };
    if (words.size() < 2)
        return fail("bad request");
    std::vector<char *> argv;
    for (size_t i = 1; i < words.size(); ++i)
        argv.push_back(const_cast<char *>(words[i].c_str()));
    argv.push_back(nullptr);
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return fail("pipe");
    const int err = ::open(words[0].c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (err < 0)
        return fail("stderr file");

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err);
    if (pid < 0) {
        ::close(out[0]);
        return fail("fork");
    }

    // Read to the end (the child exits right after its first frame), noting when the line came.
    std::string seen;
    bool reported = false;
    bool timedOut = false;
    for (;;) {
        const int left = 60000 - int(msSince(start));
        pollfd p { out[0], POLLIN, 0 };
        if (left <= 0 || ::poll(&p, 1, left) == 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        char buffer[256];
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        seen.append(buffer, size_t(n));
        if (!reported && seen.find("first-frame\n") != std::string::npos) {
            reply.firstFrameMs = msSince(start);
            reported = true;
        }
    }
    ::close(out[0]);
    int status = 0;
    rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    reply.maxRssKiB = usage.ru_maxrss; // KiB on Linux
    const bool exited = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    reply.ok = reported && exited && !timedOut;
    if (timedOut)
        std::snprintf(reply.problem, sizeof reply.problem, "no first frame within 60 s");
    else if (!reported)
        std::snprintf(reply.problem, sizeof reply.problem, "exited (status %d) without printing first-frame",
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    else if (!exited)
        std::snprintf(reply.problem, sizeof reply.problem, "exit status %d after the first frame",
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return reply;
}

[[noreturn]] void serve(int requests, int replies)
{
    std::vector<std::string> words;
    while (readWords(requests, words)) {
        const Reply reply = launch(words);
        if (!writeAll(replies, &reply, sizeof reply))
            break;
    }
    ::_exit(0);
}

} // namespace

ProcessLauncher::ProcessLauncher()
{
    int requests[2];
    int replies[2];
    if (::pipe2(requests, O_CLOEXEC) != 0 || ::pipe2(replies, O_CLOEXEC) != 0)
        return;
    m_helper = ::fork();
    if (m_helper == 0) {
        ::close(requests[1]);
        ::close(replies[0]);
        serve(requests[0], replies[1]);
    }
    ::close(requests[0]);
    ::close(replies[1]);
    m_toHelper = requests[1];
    m_fromHelper = replies[0];
    rusage self {};
    ::getrusage(RUSAGE_SELF, &self);
    m_helperRssMiB = double(self.ru_maxrss) / 1024.0; // the helper is a copy of us as we are now
}

ProcessLauncher::~ProcessLauncher()
{
    if (m_toHelper >= 0)
        ::close(m_toHelper); // the helper reads the end and exits
    if (m_fromHelper >= 0)
        ::close(m_fromHelper);
    if (m_helper > 0)
        ::waitpid(m_helper, nullptr, 0);
}

LaunchResult ProcessLauncher::run(const QString &program, const QStringList &arguments, const QString &stderrFile)
{
    LaunchResult result;
    if (m_helper <= 0) {
        result.problem = QStringLiteral("the launcher helper could not be started");
        return result;
    }
    std::vector<QByteArray> words { stderrFile.toLocal8Bit(), program.toLocal8Bit() };
    for (const QString &argument : arguments)
        words.push_back(argument.toLocal8Bit());
    bool sent = true;
    const auto count = std::uint32_t(words.size());
    sent = writeAll(m_toHelper, &count, sizeof count);
    for (const QByteArray &word : words) {
        const auto length = std::uint32_t(word.size());
        sent = sent && writeAll(m_toHelper, &length, sizeof length) && writeAll(m_toHelper, word.data(), length);
    }
    Reply reply;
    if (!sent || !readAll(m_fromHelper, &reply, sizeof reply)) {
        result.problem = QStringLiteral("the launcher helper stopped");
        return result;
    }
    result.ok = reply.ok != 0;
    result.firstFrameMs = reply.firstFrameMs;
    result.peakRssMiB = double(reply.maxRssKiB) / 1024.0;
    result.problem = QString::fromLocal8Bit(reply.problem);
    return result;
}

double ProcessLauncher::helperPeakRssMiB() const
{
    return m_helperRssMiB;
}

} // namespace CareDesk
