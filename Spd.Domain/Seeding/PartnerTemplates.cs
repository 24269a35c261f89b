namespace Spd.Domain.Seeding;

/// <summary>A city as it appears in registrations: the province and filing abbreviations of 注册证 and 备案 numbers and the region code of credit codes.</summary>
internal sealed record Place(
    string City,
    string Province,
    string ProvinceAbbreviation,
    string FilingAbbreviation,
    string RegionCode,
    string[] Districts)
{
    public string ShortCity => City.TrimEnd('市');

    public string ShortProvince => Province.TrimEnd('省', '市');

    public string AddressPrefix => Province == City ? City : Province + City;
}

/// <summary>A real manufacturer; <see cref="Place"/> is null for foreign ones, whose devices are registered as imports (国械注进).</summary>
internal sealed record ManufacturerTemplate(string Name, string Country, string Prefix, Place? Place, ProductFamily[] Families);

internal enum SupplierFocus
{
    /// <summary>National distribution groups: every product line.</summary>
    Broad,

    /// <summary>Regional orthopaedic distributors, who also deliver the loaner sets (跟台).</summary>
    Orthopaedic,

    /// <summary>Cardiac and endoscopic interventional lines.</summary>
    Interventional,

    /// <summary>Low-value consumables.</summary>
    General,
}

internal static class PartnerTemplates
{
    public static readonly Place Chengdu = new("成都市", "四川省", "川", "蓉", "510100", ["武侯区", "锦江区", "青羊区", "金牛区", "成华区", "高新区", "双流区", "郫都区"]);
    public static readonly Place Beijing = new("北京市", "北京市", "京", "昌", "110114", ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "昌平区", "大兴区", "通州区"]);
    public static readonly Place Shanghai = new("上海市", "上海市", "沪", "浦", "310115", ["浦东新区", "闵行区", "嘉定区", "徐汇区", "松江区"]);

    private static readonly Place Shenzhen = new("深圳市", "广东省", "粤", "深", "440300", ["南山区", "宝安区", "龙岗区", "光明区"]);
    private static readonly Place Guangzhou = new("广州市", "广东省", "粤", "穗", "440100", ["黄埔区", "番禺区", "天河区"]);
    private static readonly Place Weihai = new("威海市", "山东省", "鲁", "威", "371000", ["环翠区", "火炬高技术产业开发区"]);
    private static readonly Place Yantai = new("烟台市", "山东省", "鲁", "烟", "370600", ["莱山区", "芝罘区"]);
    private static readonly Place Zibo = new("淄博市", "山东省", "鲁", "淄", "370300", ["张店区", "临淄区"]);
    private static readonly Place Changzhou = new("常州市", "江苏省", "苏", "常", "320400", ["武进区", "新北区", "钟楼区"]);
    private static readonly Place Suzhou = new("苏州市", "江苏省", "苏", "苏", "320500", ["工业园区", "吴中区", "相城区"]);
    private static readonly Place Nanjing = new("南京市", "江苏省", "苏", "宁", "320100", ["江宁区", "栖霞区", "鼓楼区"]);
    private static readonly Place Yangzhou = new("扬州市", "江苏省", "苏", "扬", "321000", ["邗江区", "广陵区"]);
    private static readonly Place Tianjin = new("天津市", "天津市", "津", "滨", "120116", ["滨海新区", "武清区", "西青区"]);
    private static readonly Place Xiamen = new("厦门市", "福建省", "闽", "厦", "350200", ["海沧区", "集美区", "湖里区"]);
    private static readonly Place Nanchang = new("南昌市", "江西省", "赣", "洪", "360100", ["进贤县", "南昌县", "青山湖区"]);
    private static readonly Place Xinxiang = new("新乡市", "河南省", "豫", "新", "410700", ["长垣市", "红旗区", "牧野区"]);
    private static readonly Place Shaoxing = new("绍兴市", "浙江省", "浙", "绍", "330600", ["越城区", "柯桥区", "上虞区"]);
    private static readonly Place Hangzhou = new("杭州市", "浙江省", "浙", "杭", "330100", ["余杭区", "滨江区", "萧山区"]);
    private static readonly Place Ningbo = new("宁波市", "浙江省", "浙", "甬", "330200", ["鄞州区", "北仑区"]);
    private static readonly Place Wenzhou = new("温州市", "浙江省", "浙", "温", "330300", ["瓯海区", "龙湾区"]);
    private static readonly Place Taizhou = new("台州市", "浙江省", "浙", "台", "331000", ["黄岩区", "椒江区"]);
    private static readonly Place Yichang = new("宜昌市", "湖北省", "鄂", "宜", "420500", ["枝江市", "西陵区"]);
    private static readonly Place Wuhan = new("武汉市", "湖北省", "鄂", "汉", "420100", ["东湖新技术开发区", "江夏区"]);
    private static readonly Place Changsha = new("长沙市", "湖南省", "湘", "长", "430100", ["岳麓区", "雨花区", "望城区"]);

    /// <summary>
    /// Real manufacturers, the brands an SPD catalogue of an orthopaedic hospital carries. The
    /// demo profile takes the first 60, so the brands named in the brief come first.
    /// </summary>
    public static readonly ManufacturerTemplate[] Manufacturers =
    [
        new("山东威高集团医用高分子制品股份有限公司", "中国", "WG", Weihai, [ProductFamily.Injection, ProductFamily.Catheter, ProductFamily.Airway, ProductFamily.Specimen]),
        new("山东威高骨科材料股份有限公司", "中国", "WGO", Weihai, [ProductFamily.Spine, ProductFamily.Trauma, ProductFamily.Joint]),
        new("深圳迈瑞生物医疗电子股份有限公司", "中国", "MR", Shenzhen, [ProductFamily.Monitoring, ProductFamily.Airway]),
        new("上海微创医疗器械（集团）有限公司", "中国", "MP", Shanghai, [ProductFamily.Vascular, ProductFamily.Rhythm]),
        new("乐普（北京）医疗器械股份有限公司", "中国", "LP", Beijing, [ProductFamily.Vascular]),
        new("美敦力公司（Medtronic, Inc.）", "美国", "MDT", null, [ProductFamily.Rhythm, ProductFamily.Vascular, ProductFamily.Spine]),
        new("强生辛迪斯有限公司（Synthes GmbH）", "瑞士", "SYN", null, [ProductFamily.Trauma, ProductFamily.Spine]),
        new("强生德普伊骨科公司（DePuy Orthopaedics, Inc.）", "美国", "DPY", null, [ProductFamily.Joint, ProductFamily.SportsMedicine]),
        new("史赛克公司（Stryker Corporation）", "美国", "STK", null, [ProductFamily.Joint, ProductFamily.Trauma, ProductFamily.Spine, ProductFamily.SportsMedicine]),
        new("捷迈邦美公司（Zimmer Biomet）", "美国", "ZB", null, [ProductFamily.Joint, ProductFamily.Trauma, ProductFamily.SportsMedicine]),
        new("施乐辉公司（Smith & Nephew）", "英国", "SN", null, [ProductFamily.Joint, ProductFamily.SportsMedicine, ProductFamily.Dressing]),
        new("北京爱康宜诚医疗器材有限公司", "中国", "AK", Beijing, [ProductFamily.Joint]),
        new("大博医疗科技股份有限公司", "中国", "DB", Xiamen, [ProductFamily.Trauma, ProductFamily.Spine, ProductFamily.SportsMedicine]),
        new("北京市春立正达医疗器械股份有限公司", "中国", "CL", Beijing, [ProductFamily.Joint, ProductFamily.Spine]),
        new("3M公司（3M Company）", "美国", "MMM", null, [ProductFamily.Dressing, ProductFamily.Protection, ProductFamily.Monitoring, ProductFamily.Sterilization]),
        new("贝朗医疗（B. Braun Melsungen AG）", "德国", "BB", null, [ProductFamily.Injection, ProductFamily.Suture, ProductFamily.Airway]),
        new("碧迪医疗器械（Becton, Dickinson and Company）", "美国", "BD", null, [ProductFamily.Injection, ProductFamily.Specimen]),
        new("爱惜康有限责任公司（Ethicon, LLC）", "美国", "ETH", null, [ProductFamily.Surgery, ProductFamily.Suture]),
        new("柯惠医疗（Covidien LP）", "美国", "COV", null, [ProductFamily.Surgery, ProductFamily.Suture]),
        new("雅培公司（Abbott）", "美国", "ABT", null, [ProductFamily.Vascular, ProductFamily.Rhythm]),
        new("波士顿科学公司（Boston Scientific）", "美国", "BSC", null, [ProductFamily.Vascular, ProductFamily.Rhythm, ProductFamily.Endoscopy]),
        new("泰尔茂株式会社（Terumo）", "日本", "TRM", null, [ProductFamily.Vascular, ProductFamily.Injection]),
        new("百多力公司（Biotronik）", "德国", "BIO", null, [ProductFamily.Rhythm, ProductFamily.Vascular]),
        new("锐适公司（Arthrex, Inc.）", "美国", "AR", null, [ProductFamily.SportsMedicine]),
        new("蛇牌公司（Aesculap AG）", "德国", "AES", null, [ProductFamily.Joint, ProductFamily.Spine]),
        new("贺利氏医疗有限公司（Heraeus Medical GmbH）", "德国", "HER", null, [ProductFamily.BoneGraft]),
        new("巴德公司（C. R. Bard, Inc.）", "美国", "BRD", null, [ProductFamily.Catheter, ProductFamily.Surgery]),
        new("奥林巴斯株式会社（Olympus）", "日本", "OLY", null, [ProductFamily.Endoscopy]),
        new("泰利福医疗公司（Teleflex）", "美国", "TFX", null, [ProductFamily.Airway, ProductFamily.Catheter]),
        new("苏州微创骨科学（集团）有限公司", "中国", "MPO", Suzhou, [ProductFamily.Joint]),
        new("上海凯利泰医疗科技股份有限公司", "中国", "KLT", Shanghai, [ProductFamily.Spine, ProductFamily.SportsMedicine]),
        new("上海三友医疗器械股份有限公司", "中国", "SY", Shanghai, [ProductFamily.Spine]),
        new("天津正天医疗器械有限公司", "中国", "ZT", Tianjin, [ProductFamily.Trauma, ProductFamily.Spine]),
        new("创生医疗器械（江苏）有限公司", "中国", "CS", Changzhou, [ProductFamily.Trauma]),
        new("常州康辉医疗器械有限公司", "中国", "KH", Changzhou, [ProductFamily.Trauma, ProductFamily.Spine]),
        new("常州华森医疗器械股份有限公司", "中国", "HS", Changzhou, [ProductFamily.Trauma, ProductFamily.Spine, ProductFamily.Joint]),
        new("北京纳通医疗科技控股有限公司", "中国", "NT", Beijing, [ProductFamily.Joint, ProductFamily.Trauma]),
        new("奥精医疗科技股份有限公司", "中国", "AJ", Beijing, [ProductFamily.BoneGraft]),
        new("烟台正海生物科技股份有限公司", "中国", "ZH", Yantai, [ProductFamily.BoneGraft]),
        new("冠昊生物科技股份有限公司", "中国", "GH", Guangzhou, [ProductFamily.Surgery, ProductFamily.BoneGraft]),
        new("天臣国际医疗科技股份有限公司", "中国", "TC", Suzhou, [ProductFamily.Surgery]),
        new("常州健瑞宝医疗器械有限公司", "中国", "JRB", Changzhou, [ProductFamily.Surgery]),
        new("先健科技（深圳）有限公司", "中国", "XJ", Shenzhen, [ProductFamily.Vascular]),
        new("赛诺医疗科学技术股份有限公司", "中国", "SNO", Tianjin, [ProductFamily.Vascular]),
        new("上海微创心脉医疗科技（集团）股份有限公司", "中国", "XM", Shanghai, [ProductFamily.Vascular]),
        new("南京微创医学科技股份有限公司", "中国", "MT", Nanjing, [ProductFamily.Endoscopy]),
        new("上海康德莱企业发展集团股份有限公司", "中国", "KDL", Shanghai, [ProductFamily.Injection, ProductFamily.Specimen]),
        new("江西洪达医疗器械集团有限公司", "中国", "HD", Nanchang, [ProductFamily.Injection, ProductFamily.Catheter]),
        new("江西三鑫医疗科技股份有限公司", "中国", "SX", Nanchang, [ProductFamily.Injection, ProductFamily.Catheter]),
        new("河南驼人医疗器械集团有限公司", "中国", "TR", Xinxiang, [ProductFamily.Airway, ProductFamily.Injection, ProductFamily.Catheter]),
        new("广州维力医疗器械股份有限公司", "中国", "WL", Guangzhou, [ProductFamily.Catheter, ProductFamily.Airway]),
        new("振德医疗用品股份有限公司", "中国", "ZD", Shaoxing, [ProductFamily.Dressing, ProductFamily.Protection]),
        new("稳健医疗用品股份有限公司", "中国", "WJ", Shenzhen, [ProductFamily.Dressing, ProductFamily.Protection]),
        new("奥美医疗用品股份有限公司", "中国", "AM", Yichang, [ProductFamily.Dressing, ProductFamily.Protection]),
        new("英科医疗科技股份有限公司", "中国", "YK", Zibo, [ProductFamily.Protection]),
        new("蓝帆医疗股份有限公司", "中国", "LF", Zibo, [ProductFamily.Protection, ProductFamily.Vascular]),
        new("可孚医疗科技股份有限公司", "中国", "KF", Changsha, [ProductFamily.Dressing, ProductFamily.Protection, ProductFamily.Monitoring]),
        new("山东新华医疗器械股份有限公司", "中国", "XH", Zibo, [ProductFamily.Sterilization]),
        new("上海浦东金环医疗用品股份有限公司", "中国", "JH", Shanghai, [ProductFamily.Suture]),
        new("浙江拱东医疗器械股份有限公司", "中国", "GD", Taizhou, [ProductFamily.Specimen]),
        new("浙江康基医疗器械股份有限公司", "中国", "KJ", Hangzhou, [ProductFamily.Surgery]),
        new("宁波天益医疗器械股份有限公司", "中国", "TY", Ningbo, [ProductFamily.Catheter]),
        new("河南曙光健士医疗器械集团股份有限公司", "中国", "SG", Xinxiang, [ProductFamily.Injection]),
        new("库克医疗公司（Cook Medical）", "美国", "COK", null, [ProductFamily.Endoscopy, ProductFamily.Vascular]),
        new("爱德华生命科学公司（Edwards Lifesciences）", "美国", "EW", null, [ProductFamily.Monitoring]),
        new("尼普洛株式会社（Nipro）", "日本", "NIP", null, [ProductFamily.Injection, ProductFamily.Specimen]),
    ];

    /// <summary>GS1 prefixes of the manufacturers' countries (690–699 is China).</summary>
    public static string Gs1CountryPrefix(string country) => country switch
    {
        "中国" => "693",
        "美国" => "088",
        "德国" => "401",
        "瑞士" => "761",
        "英国" => "501",
        "日本" => "456",
        _ => "590",
    };

    /// <summary>Where domestic makers of each family cluster, as in the real industry (常州 for orthopaedics, 新乡 for dressings…).</summary>
    public static Place[] ManufacturingPlaces(ProductFamily family) => family switch
    {
        ProductFamily.Spine or ProductFamily.Trauma or ProductFamily.Joint or ProductFamily.SportsMedicine or ProductFamily.BoneGraft =>
            [Changzhou, Suzhou, Tianjin, Beijing, Xiamen],
        ProductFamily.Vascular or ProductFamily.Rhythm or ProductFamily.Endoscopy or ProductFamily.Surgery =>
            [Shanghai, Beijing, Shenzhen, Suzhou, Hangzhou],
        ProductFamily.Dressing or ProductFamily.Protection or ProductFamily.Sterilization or ProductFamily.Suture =>
            [Xinxiang, Shaoxing, Wuhan, Zibo, Yangzhou],
        _ => [Nanchang, Xinxiang, Wenzhou, Yangzhou, Taizhou, Zibo],
    };

    public static string[] ManufacturerScopes(ProductFamily family) => family switch
    {
        ProductFamily.Spine or ProductFamily.Trauma or ProductFamily.Joint or ProductFamily.SportsMedicine =>
            ["医疗器械有限公司", "骨科器材有限公司", "医疗科技有限公司"],
        ProductFamily.BoneGraft => ["生物材料有限公司", "生物科技有限公司"],
        ProductFamily.Dressing or ProductFamily.Protection or ProductFamily.Sterilization or ProductFamily.Suture =>
            ["医用卫生材料有限公司", "医疗用品有限公司", "卫材有限公司"],
        _ => ["医疗器械有限公司", "医疗科技有限公司", "医用制品有限公司"],
    };

    /// <summary>Families of the generated (non-real) manufacturers of the large profile, weighted by how many SKUs each family needs.</summary>
    public static readonly ProductFamily[] GeneratedManufacturerFamilies =
    [
        ProductFamily.Trauma, ProductFamily.Dressing, ProductFamily.Injection, ProductFamily.Protection, ProductFamily.Spine,
        ProductFamily.Specimen, ProductFamily.Catheter, ProductFamily.Dressing, ProductFamily.Joint, ProductFamily.Protection,
        ProductFamily.Airway, ProductFamily.Vascular, ProductFamily.Dressing, ProductFamily.Trauma, ProductFamily.Protection,
        ProductFamily.Injection, ProductFamily.SportsMedicine, ProductFamily.Specimen, ProductFamily.Suture, ProductFamily.Catheter,
        ProductFamily.Surgery, ProductFamily.BoneGraft, ProductFamily.Sterilization, ProductFamily.Monitoring, ProductFamily.Endoscopy,
    ];

    /// <summary>Trade-name words of Chinese device companies (字号).</summary>
    public static readonly string[] TradeNames =
    [
        "康健", "恒泰", "博瑞", "华康", "瑞祥", "安泰", "德信", "鑫源", "汇通", "益康", "正和", "普惠", "嘉禾", "永安", "万康",
        "仁和", "天华", "金石", "联众", "卓远", "同创", "佳美", "宏达", "盛世", "新元", "维康", "中科", "长青", "和信", "泰禾",
        "锦程", "思源", "明远", "海纳", "利民", "众恒", "博康", "合力", "立德", "瑞达", "信诚", "康泰", "华瑞", "恒康", "安康",
        "普瑞", "天成", "远航", "欣荣", "百川", "宏康", "华泰", "恒信", "康达", "永康", "金康", "天瑞", "和康", "博泰", "中和",
        "东方", "金桥", "德康", "汇康", "康源", "新康", "捷康", "奥康", "美康", "华信", "鼎盛", "鸿泰", "润康", "百康", "广源",
    ];

    /// <summary>National distribution groups; {p} is the province, {c} the city of the hospital.</summary>
    public static readonly string[] DistributionGroups =
    [
        "国药控股{p}有限公司", "国药集团{c}医疗器械有限公司", "华润{p}医药有限公司", "华润{c}医疗器械有限公司",
        "上药控股{p}有限公司", "{p}九州通医疗器械有限公司", "重药控股{p}有限公司", "国科恒泰（{c}）医疗科技有限公司",
        "瑞康医药（{p}）有限公司", "海王{p}医药有限公司", "鹭燕医疗器械（{c}）有限公司", "英特{c}医疗器械有限公司",
        "柳药{c}医疗器械有限公司", "嘉事{p}医疗器械有限公司",
    ];

    public static string[] SupplierScopes(SupplierFocus focus) => focus switch
    {
        SupplierFocus.Orthopaedic => ["骨科医疗器械有限公司", "医疗科技有限公司", "医疗器械有限公司", "医疗设备有限公司", "生物科技有限公司"],
        SupplierFocus.Interventional => ["医疗器械有限公司", "医疗科技有限公司", "生物科技有限公司", "医学技术有限公司"],
        _ => ["医疗器械有限公司", "医疗用品有限公司", "医药有限公司", "商贸有限公司", "医疗器械销售有限公司"],
    };

    public static SupplierFocus FocusOf(ProductFamily family) => family switch
    {
        ProductFamily.Spine or ProductFamily.Trauma or ProductFamily.Joint or ProductFamily.SportsMedicine or ProductFamily.BoneGraft =>
            SupplierFocus.Orthopaedic,
        ProductFamily.Vascular or ProductFamily.Rhythm or ProductFamily.Endoscopy => SupplierFocus.Interventional,
        _ => SupplierFocus.General,
    };

    public static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "唐", "许"];

    public static readonly string[] GivenNames =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
        "刚", "桂英", "建华", "海燕", "晓东", "志强", "文博", "思远", "子涵", "雨萱", "俊杰", "晓燕", "国庆", "红梅", "立新",
    ];

    public static readonly string[] Roads = ["人民南路", "天府大道", "科技路", "创业路", "兴业大道", "工业园路", "滨河路", "长江路", "新华路", "光华大道", "建设路", "金融街"];
}
