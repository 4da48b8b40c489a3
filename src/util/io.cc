#include "util/io.h"

#include <minizip/unzip.h>
#include <openssl/evp.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

namespace sanctions {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(errno));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return ss.str();
}

bool LooksGzip(const std::string& bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

bool LooksZip(const std::string& bytes) {
  return bytes.compare(0, 4, "PK\x03\x04") == 0;
}

namespace {

Result<std::string> Gunzip(const std::string& path, const std::string& compressed) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Status::Internal("zlib init failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  zs.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char buf[1 << 16];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      std::string msg = zs.msg ? zs.msg : "inflate error";
      inflateEnd(&zs);
      if (rc == Z_BUF_ERROR) msg = "truncated gzip stream";
      return Status::Corruption(path + ": " + msg);
    }
    out.append(buf, sizeof(buf) - zs.avail_out);
    if (rc == Z_STREAM_END && zs.avail_in > 0) {
      // Concatenated gzip members.
      inflateReset(&zs);
      rc = Z_OK;
    }
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      return Status::Corruption(path + ": truncated gzip stream");
    }
  }
  inflateEnd(&zs);
  return out;
}

struct UnzCloser {
  void operator()(void* f) const {
    if (f) unzClose(f);
  }
};

}  // namespace

Result<std::string> ReadGzipFile(const std::string& path) {
  auto raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  if (!LooksGzip(*raw)) return Status::Corruption(path + ": not a gzip file");
  return Gunzip(path, *raw);
}

Result<std::string> ReadMaybeGzip(const std::string& path) {
  auto raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  if (LooksGzip(*raw)) return Gunzip(path, *raw);
  return raw;
}

Result<std::vector<std::string>> ZipEntries(const std::string& path) {
  std::unique_ptr<void, UnzCloser> zf(unzOpen64(path.c_str()));
  if (!zf) return Status::Corruption(path + ": not a readable zip archive");
  std::vector<std::string> names;
  int rc = unzGoToFirstFile(zf.get());
  while (rc == UNZ_OK) {
    char name[1024];
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(zf.get(), &info, name, sizeof(name), nullptr, 0, nullptr, 0) !=
        UNZ_OK) {
      return Status::Corruption(path + ": damaged zip directory");
    }
    names.emplace_back(name);
    rc = unzGoToNextFile(zf.get());
  }
  if (rc != UNZ_END_OF_LIST_OF_FILE) return Status::Corruption(path + ": damaged zip directory");
  return names;
}

Result<std::string> ReadZipEntry(const std::string& path, const std::string& entry) {
  std::unique_ptr<void, UnzCloser> zf(unzOpen64(path.c_str()));
  if (!zf) return Status::Corruption(path + ": not a readable zip archive");
  if (unzLocateFile(zf.get(), entry.c_str(), 0) != UNZ_OK) {
    return Status::NotFound(path + ": no entry '" + entry + "' in the archive");
  }
  unz_file_info64 info;
  if (unzGetCurrentFileInfo64(zf.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
      unzOpenCurrentFile(zf.get()) != UNZ_OK) {
    return Status::Corruption(path + ": cannot open entry '" + entry + "'");
  }
  std::string out;
  if (info.uncompressed_size < (1ull << 31)) out.reserve(info.uncompressed_size);
  char buf[1 << 16];
  for (;;) {
    int n = unzReadCurrentFile(zf.get(), buf, sizeof(buf));
    if (n < 0) {
      unzCloseCurrentFile(zf.get());
      return Status::Corruption(path + ": entry '" + entry + "' is damaged (zip error " +
                                std::to_string(n) + ")");
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  if (unzCloseCurrentFile(zf.get()) == UNZ_CRCERROR) {
    return Status::Corruption(path + ": entry '" + entry + "' fails its CRC check");
  }
  return out;
}

std::string Sha256Hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

std::string BaseName(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

}  // namespace sanctions
