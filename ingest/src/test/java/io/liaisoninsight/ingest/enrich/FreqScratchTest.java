package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.text.Segmenter;
import org.junit.jupiter.api.Test;
import java.util.Map;

class FreqScratchTest {
    @Test
    void freq() {
        Segmenter seg = new Segmenter(Map.of());
        for (String w : "为名 进来 拿到 去找 垮了 身体 理由 行为 米面 涉及 项目 设立 养老 机关 负责人 资金 吸收 朋友 金额 关门 追回 联名 投资 提成 亲戚 公司 血汗钱 投资人 下线 门店 立案 化工 有限公司 工程 建筑 承包 开裂 路面 硬化 推脱 知情权 拉票 集体 侵占 租给 着落 工资 天宇 房地产 工地 工人 完工 拖欠 开发 支付 推搡 讨要 记工 付给 裁决 仲裁 动手 为由 标准 同村 拖着 发放 去向 丈量 理睬 复核 足额 查清 交付 兑现 不予 面积 剩余 我家 院墙 果树 挖掘机 补发 房屋 挪用 上涨 施工 家园 小区 以泪洗面 收益 到期 资产 公安 侦查 业务员 付息 保本 追缴 诱饵".split(" ")) {
            System.out.println("F " + w + " " + seg.frequency(w));
        }
    }
}
